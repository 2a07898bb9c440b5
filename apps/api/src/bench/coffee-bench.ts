/* npm run bench:coffee -- [--weeks W] [--runs R]
   Times the weekly coffee pairing (maximum-weight matching) for rounds of 50 to 1000 members, each with a
   realistic history: W earlier weeks of random pairings among ~85% of the members, plus do-not-pair
   pairs for one member in ten. Prints one line per round and checks the target: 500 members in ≤ 1 s. */
import { parseArgs } from 'node:util';
import { pairForCoffee, seededRandom, shuffleInPlace, type CoffeePairingInput } from '@tertulia/domain';

const SIZES = [50, 100, 250, 500, 501, 1000];
const TARGET_MEMBERS = 500;
const TARGET_MS = 1000;

function roundInput(members: number, weeks: number): CoffeePairingInput {
  const next = seededRandom(members * 7919 + weeks);
  const memberIds = Array.from({ length: members }, (_, i) => `member-${String(i).padStart(4, '0')}`);
  const history: [string, string][] = [];
  for (let week = 0; week < weeks; week++) {
    const present = shuffleInPlace([...memberIds], next).filter(() => next() < 0.85);
    for (let i = 0; i + 1 < present.length; i += 2) history.push([present[i]!, present[i + 1]!]);
  }
  const doNotPair: [string, string][] = [];
  for (let i = 0; i < Math.ceil(members / 10); i++) {
    const a = memberIds[Math.floor(next() * members)]!;
    const b = memberIds[Math.floor(next() * members)]!;
    if (a !== b) doNotPair.push([a, b]);
  }
  return { memberIds, history, doNotPair, seed: weeks + 1 };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  const { values } = parseArgs({ options: { weeks: { type: 'string', default: '20' }, runs: { type: 'string', default: '3' } } });
  const weeks = Number(values.weeks);
  const runs = Number(values.runs);
  if (!Number.isInteger(weeks) || weeks < 0 || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('--weeks is a whole number ≥ 0 and --runs a whole number ≥ 1.\n');
    process.exit(2);
  }
  process.stdout.write(`Coffee pairing: ${weeks} weeks of history, median of ${runs} runs, node ${process.version}\n`);
  pairForCoffee(roundInput(100, weeks)); // warm up the JIT
  let targetMs = Infinity;
  for (const members of SIZES) {
    const input = roundInput(members, weeks);
    const times: number[] = [];
    let result = pairForCoffee(input);
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      result = pairForCoffee(input);
      times.push(performance.now() - started);
    }
    const ms = median(times);
    if (members === TARGET_MEMBERS) targetMs = ms;
    const pairs = result.groups.filter((group) => group.length === 2).length;
    const trio = result.groups.length - pairs;
    process.stdout.write(
      `members=${members} history=${input.history!.length} doNotPair=${input.doNotPair!.length} pairs=${pairs} trio=${trio} ` +
        `unpaired=${result.unpaired.length} newPairs=${result.stats.newPairs} repeatPairs=${result.stats.repeatPairs} ms=${ms.toFixed(1)}\n`,
    );
  }
  const met = targetMs <= TARGET_MS;
  process.stdout.write(`target: ${TARGET_MEMBERS} members in ≤ ${TARGET_MS} ms — ${met ? 'met' : 'MISSED'} (${targetMs.toFixed(1)} ms)\n`);
  if (!met) process.exitCode = 1;
}

main();
