interface ToolbarSelectProps {
  label: string;
  value: string;
  testId: string;
  options: readonly { value: string; label: string }[];
  /** The label of a first option, value "", that applies no filter; none when omitted. */
  allLabel?: string;
  onChange: (value: string) => void;
}

/** A labelled select of the wardrobe's toolbar. */
export function ToolbarSelect({ label, value, testId, options, allLabel, onChange }: ToolbarSelectProps) {
  return (
    <label className="wardrobe-field">
      <span className="wardrobe-field__label">{label}</span>
      <select
        className="wardrobe-field__input"
        value={value}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      >
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
