import fc from "fast-check";

// Generated-input tests use one seed, so a run that passes passes again on the same code: a property that fails
// only for some seeds made CI red once while it had been green here (Monrovia's 1970 offset, zone names).
// `FC_SEED=random npm run test:unit` explores new inputs; a failure prints its seed, which FC_SEED=<n> replays.
const seed = process.env.FC_SEED ?? "20261126";
if (seed !== "random") fc.configureGlobal({ seed: Number(seed) });
