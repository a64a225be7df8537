import { parse, validateDetailed } from 'node-cron';
for (const p of ['0 9 * * *', '0 9 * * 1-5', '0 9 L * *', '0 9 * * 5#2', '30 8,20 * * *', '0 9 * * MON', '*/15 * * * *', '0 0 9 * * *', '0 9 1,15 * 1', '0 9 * * 7', '0 9 * * 5L', '0 9 LW * *', '0 9 15W * *','0 9 ? * *']) {
  try { console.log(p, JSON.stringify(parse(p)), validateDetailed(p).valid); } catch (e) { console.log(p, 'ERR', (e as Error).message); }
}
