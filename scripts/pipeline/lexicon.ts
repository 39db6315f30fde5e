/**
 * The pipeline's one lexicon: every word list that extraction decides with, each named
 * for its purpose, with a comment on what belongs in it. A word belongs here only when
 * it is general Chinese usage for that purpose (a reader could add it from a dictionary
 * or a style guide), never because one sentence of one report needs it.
 *
 * Sections: figures (units, verbs, comparison and change words, time words, labels and
 * slogans that are not quantities), cases (cues that a list is a list of cases, heading
 * markers, owner and recommender fields), metadata (site chrome and source lines).
 */

// ── figures ──────────────────────────────────────────────────────────────────

// ── cases ────────────────────────────────────────────────────────────────────

// ── metadata ─────────────────────────────────────────────────────────────────
