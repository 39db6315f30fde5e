/**
 * Reports that were in the last build and are not in this one: a report
 * deleted from seeds/ (or failing this run) silently takes its cases off the
 * site, so the CLI names it and the cases that disappear.
 */
export interface PreviousBuild {
  documents: readonly { id: string; file: string }[];
  cases: readonly { id: string; documentId: string; title: string }[];
}

export function removedReports(previous: PreviousBuild, currentIds: readonly string[]): string[] {
  return previous.documents
    .filter((d) => !currentIds.includes(d.id))
    .map((d) => {
      const gone = previous.cases.filter((c) => c.documentId === d.id);
      const list = gone.slice(0, 10).map((c) => `${c.id} ${c.title}`).join('; ');
      return `${d.file} (${d.id}) was in the last build and is not in this one: ${gone.length} case(s) disappear from the site${gone.length ? `: ${list}${gone.length > 10 ? `; … ${gone.length - 10} more` : ''}` : ''}.`;
    });
}
