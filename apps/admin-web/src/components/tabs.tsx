/** A row of tabs, one per value, the current one marked; what choosing one does (usually navigating) is the caller's. */
export function Tabs<T extends string>({
  tabs,
  current,
  label,
  onSelect,
}: {
  readonly tabs: readonly T[];
  readonly current: T;
  readonly label: (tab: T) => string;
  readonly onSelect: (tab: T) => void;
}) {
  return (
    <div className="tabs" role="tablist">
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={tab === current}
          className={tab === current ? 'tab current' : 'tab'}
          onClick={() => onSelect(tab)}
        >
          {label(tab)}
        </button>
      ))}
    </div>
  );
}
