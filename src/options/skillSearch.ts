// The skill search lives in core (the worker answers the badge panel's "Add a skill" with
// it too); the options page keeps importing it from here.
export * from '../core/skillSearch';
