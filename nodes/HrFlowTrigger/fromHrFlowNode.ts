// What the trigger uses of the HrFlow node, imported here and nowhere else in the trigger: the one
// authenticated call and its errors, the parameter readers, Get Many's listing query, the
// simplifiers, and the editor's Sources and Boards fields with their lists.

// The call, its errors, HrFlow's answer.
export { callHrFlow, credentialFacts, CREDENTIAL_TYPE, noItem } from '../HrFlow/transport/call';
export { cleanNodeError } from '../HrFlow/transport/errors';
export { hrflowData } from '../HrFlow/transport/items';

// The readers.
export { readKeyList } from '../HrFlow/parameters/locators';
export { booleanValue } from '../HrFlow/parameters/values';

// Listing records, and what Simplify outputs of them.
export { listingQuery } from '../HrFlow/records/listing';
export type { ListedRecords } from '../HrFlow/records/listing';
export { simplifyProfile } from '../HrFlow/resources/profile/profile';
export { simplifyJob } from '../HrFlow/resources/job/job';

// The editor: the fields picking sources and boards, and the lists they pick from.
export { sourcesField } from '../HrFlow/descriptions/common/source.fields';
export { boardsFields } from '../HrFlow/descriptions/common/board.fields';
export { getBoards, getSources } from '../HrFlow/methods/lists';
