/**
 * The kanban board's moves, kept apart from React so the rules are tested without a browser.
 *
 * The caller's cards (from the server) are the truth; a move the user makes shows at once
 * (optimistic) while the caller saves it. A move is:
 *   pending    the save is running: the card shows where it was dropped;
 *   confirmed  the save succeeded: the card stays where it was dropped until the caller's cards
 *              show it in that column (the refetch may land a moment later), then the move is dropped;
 *   failed     the save was refused: the card is back where the server has it (rolled back) and
 *              offers a retry to the column it was dropped in.
 * Each save carries an attempt number, so an answer to an older attempt never settles a newer one.
 */

export type Placement = { columnId: string; index: number };

export type MoveStatus = 'pending' | 'confirmed' | 'failed';

export type CardMove = {
  cardId: string;
  /** Where the card was when it was picked up. */
  from: Placement;
  /** Where it was dropped. */
  to: Placement;
  status: MoveStatus;
  attempt: number;
};

export type BoardMoves = Readonly<Record<string, CardMove>>;

/** Column id → card ids, top to bottom. */
export type BoardLayout = Readonly<Record<string, readonly string[]>>;

export type CardStatus = 'idle' | 'pending' | 'failed';

export const noMoves: BoardMoves = {};

/** The server's layout: each card in its column, in the order given; cards of unknown columns are left out. */
export function layoutBoard(
  columnIds: readonly string[],
  cards: readonly { id: string; columnId: string }[],
): BoardLayout {
  const layout: Record<string, string[]> = Object.fromEntries(columnIds.map((id) => [id, []]));
  for (const card of cards) layout[card.columnId]?.push(card.id);
  return layout;
}

export function findPlacement(layout: BoardLayout, cardId: string): Placement | undefined {
  for (const [columnId, ids] of Object.entries(layout)) {
    const index = ids.indexOf(cardId);
    if (index !== -1) return { columnId, index };
  }
  return undefined;
}

/** The layout with one card taken out and put at `to` (the index is clamped to the column). */
export function placeCard(layout: BoardLayout, cardId: string, to: Placement): BoardLayout {
  const target = layout[to.columnId];
  if (!target || !findPlacement(layout, cardId)) return layout;
  const next: Record<string, readonly string[]> = {};
  for (const [columnId, ids] of Object.entries(layout)) next[columnId] = ids.filter((id) => id !== cardId);
  const column = [...(next[to.columnId] ?? [])];
  column.splice(Math.max(0, Math.min(to.index, column.length)), 0, cardId);
  next[to.columnId] = column;
  return next;
}

/** What the board shows: the server's layout with pending and confirmed moves applied (failed ones are rolled back). */
export function applyMoves(layout: BoardLayout, moves: BoardMoves): BoardLayout {
  let shown = layout;
  for (const move of Object.values(moves)) {
    if (move.status !== 'failed') shown = placeCard(shown, move.cardId, move.to);
  }
  return shown;
}

/** A drop: the card moves to `to` at once and its save is pending. `shown` is the layout on screen. Returns `moves` itself when the drop changes nothing. */
export function startMove(moves: BoardMoves, shown: BoardLayout, cardId: string, to: Placement): BoardMoves {
  const from = findPlacement(shown, cardId);
  if (!from || !shown[to.columnId]) return moves;
  // Dropped where it already is (its own slot, or the end of its own column when it is last): nothing to save.
  const after = findPlacement(placeCard(shown, cardId, to), cardId);
  if (after?.columnId === from.columnId && after.index === from.index) return moves;
  const attempt = (moves[cardId]?.attempt ?? 0) + 1;
  return { ...moves, [cardId]: { cardId, from, to, status: 'pending', attempt } };
}

/** The save of `attempt` succeeded. */
export function confirmMove(moves: BoardMoves, cardId: string, attempt: number): BoardMoves {
  const move = moves[cardId];
  if (move?.attempt !== attempt || move.status !== 'pending') return moves;
  return { ...moves, [cardId]: { ...move, status: 'confirmed' } };
}

/** The save of `attempt` was refused: roll the card back and keep the move for a retry. */
export function failMove(moves: BoardMoves, cardId: string, attempt: number): BoardMoves {
  const move = moves[cardId];
  if (move?.attempt !== attempt || move.status !== 'pending') return moves;
  return { ...moves, [cardId]: { ...move, status: 'failed' } };
}

/** Try a failed move again: the card goes back where it was dropped, pending under a new attempt. */
export function retryMove(moves: BoardMoves, cardId: string): BoardMoves {
  const move = moves[cardId];
  if (move?.status !== 'failed') return moves;
  return { ...moves, [cardId]: { ...move, status: 'pending', attempt: move.attempt + 1 } };
}

/** Forget a failed move (the user let it go). */
export function dismissMove(moves: BoardMoves, cardId: string): BoardMoves {
  if (moves[cardId]?.status !== 'failed') return moves;
  const { [cardId]: _dismissed, ...rest } = moves;
  return rest;
}

/**
 * New cards from the server: confirmed moves the server now shows (or whose card is gone) are
 * dropped; so are failed moves of cards that are gone. Returns `moves` itself when nothing changed.
 */
export function settleMoves(moves: BoardMoves, server: BoardLayout): BoardMoves {
  let settled: Record<string, CardMove> | null = null;
  for (const move of Object.values(moves)) {
    const placement = findPlacement(server, move.cardId);
    const isDone =
      placement === undefined
        ? move.status !== 'pending'
        : move.status === 'confirmed' && placement.columnId === move.to.columnId;
    if (isDone) {
      settled ??= { ...moves };
      delete settled[move.cardId];
    }
  }
  return settled ?? moves;
}

export function cardStatus(moves: BoardMoves, cardId: string): CardStatus {
  const status = moves[cardId]?.status;
  return status === 'pending' || status === 'failed' ? status : 'idle';
}
