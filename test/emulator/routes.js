'use strict';
// How the emulator's modules answer their routes: a table of 'METHOD /v1/path' → answer.

/**
 * Answers the request with its route of `routes` (a write-only key may not read: 403, as HrFlow),
 * and says whether one matched.
 */
function answerReadRoute(routes, req, path, user, send) {
	const route = routes[`${req.method} ${path}`];
	if (!route) return false;
	if (user.permission === 'write')
		send(403, { code: 403, message: 'Unauthorized. This API key has no read permission' });
	else route();
	return true;
}

module.exports = { answerReadRoute };
