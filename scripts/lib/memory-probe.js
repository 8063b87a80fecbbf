'use strict';
// Preloaded into an n8n process by the benchmark (node --require): samples the process's heap
// while it runs and, on exit, writes its peak RSS and peak heap to the file HRFLOW_MEMORY_PROBE names.
const { writeFileSync } = require('node:fs');

const target = process.env.HRFLOW_MEMORY_PROBE;
if (target) {
	let maxHeapUsed = process.memoryUsage().heapUsed;
	const timer = setInterval(() => {
		maxHeapUsed = Math.max(maxHeapUsed, process.memoryUsage().heapUsed);
	}, 20);
	timer.unref();
	process.on('exit', () => {
		maxHeapUsed = Math.max(maxHeapUsed, process.memoryUsage().heapUsed);
		const mb = 1024 * 1024;
		writeFileSync(
			target,
			JSON.stringify({
				maxRssMb: (process.resourceUsage().maxRSS * 1024) / mb,
				maxHeapUsedMb: maxHeapUsed / mb,
			}),
		);
	});
}
