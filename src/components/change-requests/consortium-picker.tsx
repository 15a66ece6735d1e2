/** Narrows a page to one consortium with a plain GET form, so the choice lives in the URL. */
export function ConsortiumPicker({
  path,
  consortia,
  current,
  allLabel = "Both consortia",
}: {
  path: string;
  consortia: { code: string }[];
  current: string | null;
  allLabel?: string | null;
}) {
  return (
    <form action={path} className="flex items-end gap-2">
      <div className="space-y-1">
        <label htmlFor="consortium-picker" className="block text-sm font-medium text-slate-800">
          Consortium
        </label>
        <select
          id="consortium-picker"
          name="consortium"
          defaultValue={current ?? ""}
          className="block min-h-10 min-w-40 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm"
        >
          {allLabel ? <option value="">{allLabel}</option> : null}
          {consortia.map((consortium) => (
            <option key={consortium.code}>{consortium.code}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-10 rounded-md bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
        Show
      </button>
    </form>
  );
}
