import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, type KeyboardEvent } from 'react';
import type { TrailEntry } from '../../engine/index';
import { eventTimeText, resourceOf, userNameOf } from './format';

/** Every row is this tall (the CSS fixes it), so the list needs no measuring at 100,000 rows. */
export const ROW_HEIGHT = 36;

interface EventListProps {
  entries: readonly TrailEntry[];
  selectedIndex: number;
  label: string;
  onSelect: (index: number) => void;
  /** Enter or Space: move to the selected record's details (a click or an arrow only selects it). */
  onOpen: (index: number) => void;
  /** The record the tamper demo altered, marked in its row. */
  alteredSeq?: number;
}

/**
 * The events as a listbox: only the rows in view (and a few either side) exist in the page, whatever
 * the count. Focus stays on the list; arrows, Page Up/Down, Home and End move the selection, and each
 * option says its position ("12 of 100,000") to a screen reader.
 */
export function EventList({ entries, selectedIndex, label, onSelect, onOpen, alteredSeq }: EventListProps) {
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is mutable by design (its range changes on scroll); this component reads it on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: entries.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });
  const optionId = (entry: TrailEntry) => `${id}-event-${entry.seq}`;
  const selected = entries[selectedIndex];

  const move = (index: number) => {
    const next = Math.max(0, Math.min(entries.length - 1, index));
    onSelect(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(selectedIndex < 0 ? 0 : selectedIndex + 1),
      ArrowUp: () => move(selectedIndex < 0 ? 0 : selectedIndex - 1),
      PageDown: () => move(Math.max(0, selectedIndex) + page),
      PageUp: () => move(Math.max(0, selectedIndex) - page),
      Home: () => move(0),
      End: () => move(entries.length - 1),
      Enter: () => selectedIndex >= 0 && onOpen(selectedIndex),
      ' ': () => selectedIndex >= 0 && onOpen(selectedIndex),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  return (
    <div className="event-table">
      <div className="event-table__head" aria-hidden="true">
        <span>Event time</span>
        <span>User name</span>
        <span>Event name</span>
        <span>Resource</span>
        <span>Error code</span>
      </div>
      <div
        ref={scrollRef}
        className="event-table__scroll"
        role="listbox"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={selected ? optionId(selected) : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="event-table__sizer" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]!;
            const { record } = entry;
            const resource = resourceOf(entry);
            const isSelected = item.index === selectedIndex;
            return (
              <div
                key={entry.seq}
                id={optionId(entry)}
                role="option"
                aria-selected={isSelected}
                aria-posinset={item.index + 1}
                aria-setsize={entries.length}
                className={`event-row${isSelected ? ' event-row--selected' : ''}${record.errorCode ? ' event-row--error' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(item.index)}
              >
                <time className="event-row__time" dateTime={record.eventTime}>
                  {eventTimeText(entry)}
                </time>
                <span className="event-row__user">
                  <span className="visually-hidden">, user </span>
                  {userNameOf(entry)}
                </span>
                <span className="event-row__name">
                  <span className="visually-hidden">, event </span>
                  {record.eventName}
                  {entry.seq === alteredSeq && <span className="event-row__altered">altered</span>}
                </span>
                <span className="event-row__resource" title={resource?.full}>
                  <span className="visually-hidden">, resource </span>
                  {resource?.short ?? '—'}
                </span>
                <span className="event-row__error">
                  {record.errorCode ? (
                    <>
                      <span className="visually-hidden">, error </span>
                      {record.errorCode}
                    </>
                  ) : (
                    <span className="event-row__none">
                      <span className="visually-hidden">, no error</span>
                      <span aria-hidden="true">—</span>
                    </span>
                  )}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
