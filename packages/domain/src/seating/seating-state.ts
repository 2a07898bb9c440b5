import type { SeatingProblem } from './normalize-input';

/** Who sits where: `tables[r][t]` lists attendee indices, `tableOf[r][i]` is attendee i's table in round r. */
export interface Seating {
  tables: number[][][];
  tableOf: Int32Array[];
}

export function seatingFromTables(problem: SeatingProblem, tables: number[][][]): Seating {
  const tableOf = tables.map((round) => {
    const of = new Int32Array(problem.n).fill(-1);
    round.forEach((members, t) => members.forEach((i) => (of[i] = t)));
    return of;
  });
  return { tables, tableOf };
}

export function copySeating(seating: Seating): Seating {
  return {
    tables: seating.tables.map((round) => round.map((members) => [...members])),
    tableOf: seating.tableOf.map((of) => of.slice()),
  };
}

/** `meetings[a * n + b]`: rounds in which a and b share a table. */
export function countMeetings(problem: SeatingProblem, seating: Seating): Uint16Array {
  const { n } = problem;
  const meetings = new Uint16Array(n * n);
  for (const round of seating.tables) {
    for (const members of round) {
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const a = members[x]!;
          const b = members[y]!;
          meetings[a * n + b] += 1;
          meetings[b * n + a] += 1;
        }
      }
    }
  }
  return meetings;
}
