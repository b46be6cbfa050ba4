import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type Over,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { AlertTriangle, GripVertical, X } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { Button, focusRing } from './button';
import {
  applyMoves,
  cardStatus,
  confirmMove,
  dismissMove,
  failMove,
  findPlacement,
  layoutBoard,
  noMoves,
  placeCard,
  retryMove,
  settleMoves,
  startMove,
  type BoardLayout,
  type BoardMoves,
  type CardStatus,
  type Placement,
} from './kanban-board-state';
import { Spinner } from './spinner';

export type { Placement } from './kanban-board-state';

export type KanbanColumn = { id: string; title: string; description?: string };

export type KanbanBoardProps<TCard> = {
  /** The board's accessible name. */
  label: string;
  columns: readonly KanbanColumn[];
  /** The cards as the server has them; each shows in the column `getColumnId` names, in this order. */
  cards: readonly TCard[];
  getCardId: (card: TCard) => string;
  getColumnId: (card: TCard) => string;
  /** How announcements and the drag handle name the card ("Hooli"). */
  getCardLabel: (card: TCard) => string;
  renderCard: (card: TCard) => ReactNode;
  /**
   * Saves a move. The card shows in its new place while the promise runs; if it rejects, the card
   * goes back and offers a retry. Refresh `cards` afterwards (the board keeps the card where it was
   * dropped until they show it there).
   */
  onMove: (card: TCard, to: Placement) => Promise<unknown>;
  emptyColumnText?: string;
};

/** Droppable ids of columns, kept apart from card ids. */
const columnDropId = (columnId: string) => `column:${columnId}`;

type DropData = { type: 'column'; columnId: string } | { type: 'card' };

function isColumnDrop(data: unknown): data is Extract<DropData, { type: 'column' }> {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === 'column';
}

const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move a card, press space or enter. Use the arrow keys to move it up, down or to another column. Press space or enter to drop it there, or escape to cancel.',
};

function SortableCard({
  id,
  label,
  status,
  failedColumnTitle,
  onRetry,
  onDismiss,
  children,
}: {
  id: string;
  label: string;
  status: CardStatus;
  failedColumnTitle: string | undefined;
  onRetry: () => void;
  onDismiss: () => void;
  children: ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    data: { type: 'card' } satisfies DropData,
    // A card whose save is running stays put until the answer comes.
    disabled: status === 'pending',
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...listeners}
      data-testid="kanban-card"
      data-card-id={id}
      data-status={status}
      aria-busy={status === 'pending' || undefined}
      className={cn(
        'rounded-md border bg-white p-2.5 shadow-xs',
        status === 'failed' ? 'border-rose-300' : 'border-slate-200',
        status === 'pending' && 'opacity-70',
        isDragging && 'opacity-40',
      )}
    >
      <div className="flex items-start gap-1.5">
        <button
          ref={setActivatorNodeRef}
          {...attributes}
          type="button"
          aria-label={`Move ${label}`}
          className={cn(
            '-ml-1 shrink-0 cursor-grab rounded-sm p-0.5 text-slate-400 hover:text-slate-700 active:cursor-grabbing',
            focusRing,
          )}
        >
          <GripVertical className="size-4" aria-hidden="true" />
        </button>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
      {status === 'pending' ? (
        <p className="mt-2 flex items-center gap-1.5 text-xs text-slate-500">
          <Spinner className="size-3" />
          Saving…
        </p>
      ) : null}
      {status === 'failed' ? (
        <div className="mt-2 flex items-center gap-2 text-xs text-rose-700">
          <AlertTriangle className="size-3.5 shrink-0" aria-hidden="true" />
          <span className="min-w-0 flex-1">Could not move to {failedColumnTitle ?? 'that column'}.</span>
          <Button variant="secondary" size="sm" onClick={onRetry}>
            Retry
          </Button>
          <Button variant="ghost" size="sm" onClick={onDismiss} aria-label={`Dismiss: ${label} was not moved`}>
            <X className="size-3.5" aria-hidden="true" />
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function Column({
  column,
  cardIds,
  emptyText,
  children,
}: {
  column: KanbanColumn;
  cardIds: readonly string[];
  emptyText: string;
  children: ReactNode;
}) {
  const titleId = useId();
  const { setNodeRef, isOver } = useDroppable({
    id: columnDropId(column.id),
    data: { type: 'column', columnId: column.id } satisfies DropData,
  });
  return (
    <section
      aria-labelledby={titleId}
      data-testid="kanban-column"
      data-column-id={column.id}
      className={cn(
        'flex w-72 shrink-0 flex-col rounded-lg border bg-slate-50/80',
        isOver ? 'border-indigo-300 bg-indigo-50/50' : 'border-slate-200',
      )}
    >
      <header className="flex items-baseline justify-between gap-2 px-3 pt-3 pb-2">
        <div className="min-w-0">
          <h3 id={titleId} className="truncate text-sm font-semibold text-slate-900">
            {column.title}
          </h3>
          {column.description ? <p className="text-xs text-slate-500">{column.description}</p> : null}
        </div>
        <span className="text-xs text-slate-500 tabular-nums" data-testid="kanban-column-count">
          {cardIds.length}
        </span>
      </header>
      <SortableContext id={column.id} items={[...cardIds]} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="flex min-h-24 flex-1 flex-col gap-2 px-2 pb-2">
          {children}
          {cardIds.length === 0 ? (
            <li className="rounded-md border border-dashed border-slate-200 px-3 py-6 text-center text-xs text-slate-400">
              {emptyText}
            </li>
          ) : null}
        </ul>
      </SortableContext>
    </section>
  );
}

/** Where a drop lands: before the card it is over, or at the end of the column it is over. */
function dropPlacement(shown: BoardLayout, over: Over | null): Placement | undefined {
  if (!over) return undefined;
  const data = over.data.current;
  if (isColumnDrop(data)) return { columnId: data.columnId, index: shown[data.columnId]?.length ?? 0 };
  return findPlacement(shown, String(over.id));
}

/**
 * Columns of cards that move by drag and drop (pointer or keyboard, announced to screen readers).
 * A moved card shows in its new place at once while the caller's `onMove` saves it, with a pending
 * mark; a refused move rolls back and offers a retry. The move rules live in kanban-board-state.ts.
 */
export function KanbanBoard<TCard>({
  label,
  columns,
  cards,
  getCardId,
  getColumnId,
  getCardLabel,
  renderCard,
  onMove,
  emptyColumnText = 'No cards',
}: KanbanBoardProps<TCard>) {
  const [moves, setMoves] = useState<BoardMoves>(noMoves);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const sensors = useSensors(
    // A few pixels before a drag starts, so clicks on links and buttons inside cards still work.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const cardsById = useMemo(() => new Map(cards.map((card) => [getCardId(card), card])), [cards, getCardId]);
  const server = useMemo(
    () =>
      layoutBoard(
        columns.map((column) => column.id),
        cards.map((card) => ({ id: getCardId(card), columnId: getColumnId(card) })),
      ),
    [columns, cards, getCardId, getColumnId],
  );
  // Fresh cards from the server settle the moves they now show.
  useEffect(() => setMoves((current) => settleMoves(current, server)), [server]);
  const shown = useMemo(() => applyMoves(server, moves), [server, moves]);

  const titleOf = (columnId: string | undefined) => columns.find((column) => column.id === columnId)?.title;
  const labelOf = (id: UniqueIdentifier) => {
    const card = cardsById.get(String(id));
    return card ? getCardLabel(card) : 'The card';
  };
  /** "Trial, position 2 of 3": where the card is, or would be if dropped at `placement`. */
  const describe = (cardId: UniqueIdentifier, placement: Placement | undefined) => {
    if (!placement) return 'no column';
    const after = placeCard(shown, String(cardId), placement);
    const landed = findPlacement(after, String(cardId)) ?? placement;
    const count = after[landed.columnId]?.length ?? 0;
    return `${titleOf(landed.columnId) ?? 'a column'}, position ${landed.index + 1} of ${count}`;
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${labelOf(active.id)}, in ${describe(active.id, findPlacement(shown, String(active.id)))}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${labelOf(active.id)} is over ${describe(active.id, dropPlacement(shown, over))}.`
        : `${labelOf(active.id)} is not over a column.`,
    onDragEnd: ({ active, over }) => {
      const to = dropPlacement(shown, over);
      return to
        ? `${labelOf(active.id)} dropped in ${describe(active.id, to)}.`
        : `${labelOf(active.id)} was not moved.`;
    },
    onDragCancel: ({ active }) =>
      `Moving cancelled. ${labelOf(active.id)} stays in ${describe(active.id, findPlacement(shown, String(active.id)))}.`,
  };

  function save(card: TCard, cardId: string, to: Placement, attempt: number) {
    const cardLabel = getCardLabel(card);
    const columnTitle = titleOf(to.columnId) ?? 'the column';
    setNotice(`Moving ${cardLabel} to ${columnTitle}…`);
    onMove(card, to).then(
      () => {
        setMoves((current) => confirmMove(current, cardId, attempt));
        setNotice(`Moved ${cardLabel} to ${columnTitle}.`);
      },
      () => {
        setMoves((current) => failMove(current, cardId, attempt));
        setNotice(`Could not move ${cardLabel} to ${columnTitle}. It is back where it was.`);
      },
    );
  }

  function handleDragStart(event: DragStartEvent) {
    setActiveId(String(event.active.id));
  }

  function handleDragEnd(event: DragEndEvent) {
    setActiveId(null);
    const cardId = String(event.active.id);
    const card = cardsById.get(cardId);
    const to = dropPlacement(shown, event.over);
    if (!card || !to) return;
    const next = startMove(moves, shown, cardId, to);
    const move = next[cardId];
    if (next === moves || !move) return;
    setMoves(next);
    save(card, cardId, to, move.attempt);
  }

  function handleRetry(cardId: string) {
    const card = cardsById.get(cardId);
    const next = retryMove(moves, cardId);
    const move = next[cardId];
    if (!card || next === moves || !move) return;
    setMoves(next);
    save(card, cardId, move.to, move.attempt);
  }

  const activeCard = activeId === null ? undefined : cardsById.get(activeId);

  return (
    <div role="region" aria-label={label}>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        accessibility={{ announcements, screenReaderInstructions }}
        onDragStart={handleDragStart}
        onDragEnd={handleDragEnd}
        onDragCancel={() => setActiveId(null)}
      >
        <div className="flex gap-3 overflow-x-auto pb-2">
          {columns.map((column) => {
            const ids = shown[column.id] ?? [];
            return (
              <Column key={column.id} column={column} cardIds={ids} emptyText={emptyColumnText}>
                {ids.map((id) => {
                  const card = cardsById.get(id);
                  if (!card) return null;
                  return (
                    <SortableCard
                      key={id}
                      id={id}
                      label={getCardLabel(card)}
                      status={cardStatus(moves, id)}
                      failedColumnTitle={titleOf(moves[id]?.to.columnId)}
                      onRetry={() => handleRetry(id)}
                      onDismiss={() => setMoves((current) => dismissMove(current, id))}
                    >
                      {renderCard(card)}
                    </SortableCard>
                  );
                })}
              </Column>
            );
          })}
        </div>
        <DragOverlay dropAnimation={null}>
          {activeCard ? (
            <div className="rounded-md border border-indigo-300 bg-white p-2.5 pl-7 shadow-lg">
              {renderCard(activeCard)}
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <p className="sr-only" aria-live="polite">
        {notice}
      </p>
    </div>
  );
}
