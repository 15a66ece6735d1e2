import { Select } from "@/components/ui/field";

/** One labelled choice of a GET filter form: its name is the URL's parameter, "" the unfiltered choice when `any` is given. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  any,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  /** The label of the choice that filters nothing ("Any county"); none when a choice is always made. */
  any?: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Select id={id} name={name} fit defaultValue={value}>
        {any === undefined ? null : <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
