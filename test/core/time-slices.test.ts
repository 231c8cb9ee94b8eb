import { describe, expect, it } from 'vitest';
import { nextTask, TimeSlice } from '@/core/time-slices';

describe('time slices', () => {
  it('nextTask gives the thread back: microtasks queued after it run first', async () => {
    const order: string[] = [];
    const task = nextTask().then(() => order.push('task'));
    queueMicrotask(() => order.push('microtask'));
    await task;
    expect(order).toEqual(['microtask', 'task']);
  });

  it('a slice goes on at once while its budget lasts and yields once it is spent, then starts a new one', async () => {
    let now = 0;
    let yields = 0;
    const slice = new TimeSlice({ budgetMs: 8, clock: () => now, yieldTask: async () => { yields++; } });
    now = 7;
    await slice.next();
    expect(yields).toBe(0);
    now = 8;
    expect(slice.spent).toBe(true);
    await slice.next();
    expect(yields).toBe(1);
    expect(slice.spent).toBe(false);
    await slice.fresh();
    expect(yields).toBe(2);
  });
});
