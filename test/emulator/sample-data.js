'use strict';
// Sample HrFlow account shared by the tests and the sandbox: keys, one source, three profiles with
// metadatas and attachments, and the files behind the attachments (small real PDFs).

const { createHash } = require('node:crypto');

/** A deterministic 40-hex HrFlow key. */
const hrflowKey = (seed) => createHash('sha1').update(seed).digest('hex');
const secret = (prefix, seed) => `${prefix}_${createHash('md5').update(seed).digest('hex')}`;

const USER_EMAIL = 'demo@example.com';
const API_KEYS = {
	readWrite: secret('ask', 'read-write'),
	read: secret('askr', 'read'),
	write: secret('askw', 'write'),
};
const SOURCE_KEY = hrflowKey('source: sandbox candidates');
const OTHER_SOURCE_KEY = hrflowKey('source: empty');
const MANY_SOURCE_KEY = hrflowKey('source: many');
const MANY_PROFILES = 230;
const BOARD_KEY = hrflowKey('board: Open positions');
const ENGINEERING_BOARD_KEY = hrflowKey('board: Engineering');
// The many profiles' skills: each a different subset of these, so scoring against a job gives
// every score from none to all in common.
const SKILL_POOL = ['Python', 'SQL', 'Kafka', 'Spark', 'Figma', 'Java', 'Go', 'Excel'];
// What HrFlow's Source model requires besides key and name (values as HrFlow's SDK documents them).
const API_SOURCE = { type: 'api', subtype: 'python', environment: 'production' };

/** A small, valid one-page PDF that shows `lines` of text. */
function makePdf(lines) {
	const escape = (text) => text.replace(/[\\()]/g, (c) => `\\${c}`);
	const text = lines
		.map((line, i) => `BT /F1 14 Tf 72 ${740 - i * 22} Td (${escape(line)}) Tj ET`)
		.join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let pdf = '%PDF-1.4\n';
	const offsets = objects.map((object, i) => {
		const offset = Buffer.byteLength(pdf);
		pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
		return offset;
	});
	const xref = Buffer.byteLength(pdf);
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(pdf, 'latin1');
}

function attachment(type, fileName, extension, body, contentType = 'application/pdf') {
	const file = `${fileName}-${createHash('md5').update(body).digest('hex').slice(0, 8)}${extension}`;
	return {
		json: {
			// HrFlow's attachment `alt` is a 40-hex key (its test schema checks the pattern).
			alt: hrflowKey(`attachment: ${type} ${fileName}`),
			created_at: '2024-03-11T09:58:32+0000',
			extension,
			file_name: fileName,
			file_size: body.length,
			original_file_name: fileName,
			type,
			updated_at: '2024-03-11T09:58:32+0000',
			file,
		},
		file: { name: file, contentType, body },
	};
}

/** The Engineering board's open jobs, to score candidates against. */
function engineeringJobs() {
	const job = (id, reference, name, skills, summary) => ({
		id,
		key: hrflowKey(`job: ${reference}`),
		reference,
		name,
		summary,
		url: `https://careers.example.com/jobs/${reference}`,
		location: { text: 'Lyon, France', lat: null, lng: null },
		skills: skills.map((skill) => ({ name: skill, type: 'hard', value: null })),
		tags: [],
		metadatas: [],
		created_at: `2026-10-0${id}T09:00:00+0000`,
		updated_at: `2026-10-0${id}T09:00:00+0000`,
	});
	return [
		job(1, 'ENG-1', 'Data Engineer', ['Python', 'SQL', 'Kafka', 'Spark'], 'Streaming pipelines.'),
		job(
			2,
			'ENG-2',
			'Product Designer',
			['Figma', 'User research'],
			'Design the recruiter workspace.',
		),
		job(3, 'ENG-3', 'Backend Engineer', ['Go', 'Java', 'SQL'], 'APIs for millions of candidates.'),
	];
}

/** Builds the sample account: `{ apiKeys, sources, files }` for new HrFlowEmulator(data). */
function sampleData() {
	const jane = [
		attachment(
			'resume',
			'jane-doe-resume',
			'.pdf',
			makePdf(['Jane Doe', 'Senior Data Engineer', 'Lyon, France']),
		),
		attachment('original', 'jane-doe-cv-original', '.pdf', makePdf(['Jane Doe - original upload'])),
	];
	const kenji = [
		attachment('resume', 'kenji-sato-resume', '.pdf', makePdf(['Kenji Sato', 'Product Designer'])),
		attachment(
			'cover',
			'kenji-sato-cover-letter',
			'.pdf',
			makePdf(['Dear hiring team,', 'Kenji Sato']),
		),
		attachment(
			'other',
			'kenji-sato-portfolio',
			'.txt',
			Buffer.from('Portfolio: https://example.com/kenji\n'),
			'text/plain',
		),
	];
	// Storage links may redirect (signed URLs): this one does.
	kenji[2].json.redirect = true;
	const profiles = [
		{
			key: hrflowKey('profile: jane'),
			reference: 'ATS-1042',
			email: 'jane.doe@example.com',
			name: 'Jane Doe',
			phone: '+33 6 12 34 56 78',
			location: 'Lyon, France',
			summary: 'Data engineer, 8 years of streaming pipelines.',
			skills: ['Python', 'Kafka', 'SQL'],
			tags: [{ name: 'stage', value: 'interview' }],
			metadatas: [
				{ name: 'linkedin', value: 'https://www.linkedin.com/in/jane-doe-example' },
				{ name: 'salary_expectation', value: '55000' },
				{ name: 'notice_period', value: '1 month' },
			],
			attachments: jane.map((a) => a.json),
		},
		{
			key: hrflowKey('profile: kenji'),
			reference: 'ATS-2077',
			email: 'kenji.sato@example.jp',
			name: 'Kenji Sato',
			phone: '+81 3 1234 5678',
			location: 'Tokyo, Japan',
			summary: 'Product designer.',
			skills: ['Figma', 'User research'],
			tags: [],
			metadatas: [{ name: 'portfolio', value: 'https://example.com/kenji' }],
			attachments: kenji.map((a) => a.json),
		},
		{
			// Values that must travel intact: unicode, spaces, / & + and '.
			key: hrflowKey('profile: elodie'),
			reference: "réf/2024 Élodie & co+1's",
			email: "elodie.o'neil+jobs@example.fr",
			name: "Élodie O'Neil",
			metadatas: [],
			attachments: [],
		},
	];
	const files = {};
	for (const { file } of [...jane, ...kenji])
		files[file.name] = { contentType: file.contentType, body: file.body };
	return {
		apiKeys: Object.fromEntries(Object.values(API_KEYS).map((key) => [key, USER_EMAIL])),
		sources: {
			[SOURCE_KEY]: {
				name: 'Sandbox candidates',
				...API_SOURCE,
				created_at: '2026-09-01T09:00:00+0000',
				profiles,
			},
			[OTHER_SOURCE_KEY]: {
				name: 'Empty source',
				...API_SOURCE,
				created_at: '2026-08-01T09:00:00+0000',
				profiles: [],
			},
			// Enough profiles for several pages of Get Many.
			[MANY_SOURCE_KEY]: {
				name: 'Many candidates',
				...API_SOURCE,
				created_at: '2026-07-01T09:00:00+0000',
				profiles: Array.from({ length: MANY_PROFILES }, (_, i) => ({
					key: hrflowKey(`profile: many ${i}`),
					reference: `MANY-${String(i + 1).padStart(3, '0')}`,
					email: `candidate${i + 1}@example.com`,
					name: `Candidate ${i + 1}`,
					skills: SKILL_POOL.filter((_, bit) => (i >> bit) % 2 === 1),
					metadatas: [{ name: 'notice_period', value: `${(i % 3) + 1} month${i % 3 ? 's' : ''}` }],
					attachments: [],
				})),
			},
		},
		// Sources with no profiles, for the editor's list of sources: names a user can search, and
		// more of them than one page of the list. Newest first in HrFlow's default order.
		moreSources: [
			...[
				'Careers site',
				'LinkedIn applicants',
				'Agency CVs',
				'Referrals',
				'Email inbox',
				'Job fair 2026',
			].map((name, i) => ({
				name,
				created_at: `2026-06-${String(20 - i).padStart(2, '0')}T09:00:00+0000`,
			})),
			...[2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].flatMap((year) =>
				[1, 2, 3, 4].map((quarter) => ({
					name: `Archive ${year} Q${quarter}`,
					created_at: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01T09:00:00+0000`,
				})),
			),
		],
		// Boards (folders of jobs) for the editor's list of boards.
		boards: Object.fromEntries(
			['Open positions', 'Internships', 'Engineering', 'Sales and marketing'].map((name, i) => [
				hrflowKey(`board: ${name}`),
				{
					name,
					...API_SOURCE,
					created_at: `2026-05-${String(20 - i).padStart(2, '0')}T09:00:00+0000`,
					jobs: name === 'Engineering' ? engineeringJobs() : [],
				},
			]),
		),
		files,
	};
}

module.exports = {
	API_KEYS,
	USER_EMAIL,
	SOURCE_KEY,
	BOARD_KEY,
	ENGINEERING_BOARD_KEY,
	OTHER_SOURCE_KEY,
	MANY_SOURCE_KEY,
	MANY_PROFILES,
	hrflowKey,
	makePdf,
	sampleData,
};
