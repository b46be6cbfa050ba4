import { describe, expect, it } from 'vitest';
import {
  applyMoves,
  cardStatus,
  confirmMove,
  dismissMove,
  failMove,
  layoutBoard,
  noMoves,
  placeCard,
  retryMove,
  settleMoves,
  startMove,
} from './kanban-board-state';

const columns = ['lead', 'trial', 'won'];
const server = layoutBoard(columns, [
  { id: 'a', columnId: 'lead' },
  { id: 'b', columnId: 'lead' },
  { id: 'c', columnId: 'trial' },
]);

describe('kanban board moves', () => {
  it('lays out the server cards by column, in order, with empty columns present', () => {
    expect(server).toEqual({ lead: ['a', 'b'], trial: ['c'], won: [] });
  });

  it('places a card in another column at an index, clamped to the column', () => {
    expect(placeCard(server, 'a', { columnId: 'trial', index: 0 })).toEqual({
      lead: ['b'],
      trial: ['a', 'c'],
      won: [],
    });
    expect(placeCard(server, 'a', { columnId: 'won', index: 9 })).toEqual({ lead: ['b'], trial: ['c'], won: ['a'] });
    expect(placeCard(server, 'b', { columnId: 'lead', index: 0 })).toEqual({ lead: ['b', 'a'], trial: ['c'], won: [] });
  });

  it('shows a dropped card in its new column at once, pending while it saves', () => {
    const moves = startMove(noMoves, server, 'a', { columnId: 'won', index: 0 });
    expect(applyMoves(server, moves)).toEqual({ lead: ['b'], trial: ['c'], won: ['a'] });
    expect(cardStatus(moves, 'a')).toBe('pending');
    expect(moves.a?.from).toEqual({ columnId: 'lead', index: 0 });
  });

  it('keeps a confirmed card where it was dropped until the server shows it there, then forgets the move', () => {
    const moves = confirmMove(startMove(noMoves, server, 'a', { columnId: 'won', index: 0 }), 'a', 1);
    expect(cardStatus(moves, 'a')).toBe('idle');
    // The refetch has not landed: the server still has the card in its old column.
    expect(settleMoves(moves, server)).toBe(moves);
    expect(applyMoves(server, moves).won).toEqual(['a']);
    const refetched = layoutBoard(columns, [
      { id: 'b', columnId: 'lead' },
      { id: 'c', columnId: 'trial' },
      { id: 'a', columnId: 'won' },
    ]);
    expect(settleMoves(moves, refetched)).toEqual({});
  });

  it('rolls a refused move back to the server position and marks the card failed', () => {
    const moves = failMove(startMove(noMoves, server, 'a', { columnId: 'won', index: 0 }), 'a', 1);
    expect(cardStatus(moves, 'a')).toBe('failed');
    expect(applyMoves(server, moves)).toEqual(server);
  });

  it('retries a failed move to the column it was dropped in, under a new attempt', () => {
    const failed = failMove(startMove(noMoves, server, 'a', { columnId: 'won', index: 0 }), 'a', 1);
    const retried = retryMove(failed, 'a');
    expect(cardStatus(retried, 'a')).toBe('pending');
    expect(retried.a?.attempt).toBe(2);
    expect(applyMoves(server, retried).won).toEqual(['a']);
    // A late answer to the first attempt settles nothing.
    expect(failMove(retried, 'a', 1)).toBe(retried);
    expect(confirmMove(retried, 'a', 1)).toBe(retried);
    expect(cardStatus(confirmMove(retried, 'a', 2), 'a')).toBe('idle');
  });

  it('lets a failed move be dismissed, and only a failed one', () => {
    const pending = startMove(noMoves, server, 'a', { columnId: 'won', index: 0 });
    expect(dismissMove(pending, 'a')).toBe(pending);
    expect(dismissMove(failMove(pending, 'a', 1), 'a')).toEqual({});
  });

  it('drops moves of cards the server no longer has, but never a pending one', () => {
    const pending = startMove(noMoves, server, 'a', { columnId: 'won', index: 0 });
    const failed = failMove(startMove(noMoves, server, 'b', { columnId: 'won', index: 0 }), 'b', 1);
    const withoutAB = layoutBoard(columns, [{ id: 'c', columnId: 'trial' }]);
    expect(settleMoves(pending, withoutAB)).toBe(pending);
    expect(settleMoves(failed, withoutAB)).toEqual({});
  });

  it('saves nothing for a drop where the card already is', () => {
    expect(startMove(noMoves, server, 'a', { columnId: 'lead', index: 0 })).toBe(noMoves);
    // The end of its own column, when it is already last.
    expect(startMove(noMoves, server, 'b', { columnId: 'lead', index: 2 })).toBe(noMoves);
    expect(startMove(noMoves, server, 'a', { columnId: 'lead', index: 2 })).not.toBe(noMoves);
  });

  it('ignores a drop on a column the board does not have', () => {
    expect(startMove(noMoves, server, 'a', { columnId: 'lost', index: 0 })).toBe(noMoves);
  });
});
