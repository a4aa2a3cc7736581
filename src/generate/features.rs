//! Swarm testing: each program uses a random subset of the language's features.
//!
//! Drawing every feature into every program makes them all look alike and dilutes rare
//! combinations; drawing a subset per program (Groce et al., "Swarm Testing", 2012) gives
//! programs that dwell on a few features at a time, and over many programs every combination
//! of a few features shows up.

use super::choices::Choices;

/// One area of the language or its library that a program may exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    /// `+ - * / % ^` and unary minus over numbers.
    Arithmetic,
    /// Strings that look like numbers, coerced by arithmetic and `tonumber`.
    NumericStrings,
    /// Operators applied to values of the wrong type (errors caught by `pcall`).
    MixedTypes,
    /// `== ~= < <= > >=`, `and`, `or`, `not`.
    Comparison,
    /// `..` over strings and numbers.
    Concat,
    /// Constructors, indexing, length, nested tables.
    Tables,
    /// Metatables with every metamethod event.
    Metatables,
    /// Closures, upvalues, closures created in loops.
    Closures,
    /// `...`, `select`, multiple returns and `unpack`.
    Varargs,
    /// The string library apart from patterns and `format`.
    StringLibrary,
    /// `find`, `match`, `gmatch`, `gsub` with patterns.
    Patterns,
    /// `string.format`.
    Format,
    /// The table library.
    TableLibrary,
    /// The math library.
    MathLibrary,
    /// `pcall`, `xpcall`, `error` and `assert` with values of every type.
    Errors,
    /// The coroutine library.
    Coroutines,
    /// Numeric, `while`, `repeat` and generic loops with `break`.
    Loops,
    /// Bounded recursion, mutual recursion, tail calls.
    Recursion,
    /// Global variables, `_G`, global functions and methods.
    Globals,
    /// `getfenv`/`setfenv`.
    Environments,
    /// `load`, `loadstring` and `string.dump`.
    Loading,
    /// The rest of the base library: `tostring`, `tonumber`, `raw*`, `next`, `type`...
    BaseLibrary,
    /// The `debug` library (only the deterministic parts).
    DebugLibrary,
    /// `redis.call`/`redis.pcall`, replies, `KEYS`/`ARGV`: makes a `redis`-profile program
    /// (see `super::redis`); never part of the default set.
    Redis,
}

impl Feature {
    pub const ALL: [Feature; 24] = [
        Feature::Arithmetic,
        Feature::NumericStrings,
        Feature::MixedTypes,
        Feature::Comparison,
        Feature::Concat,
        Feature::Tables,
        Feature::Metatables,
        Feature::Closures,
        Feature::Varargs,
        Feature::StringLibrary,
        Feature::Patterns,
        Feature::Format,
        Feature::TableLibrary,
        Feature::MathLibrary,
        Feature::Errors,
        Feature::Coroutines,
        Feature::Loops,
        Feature::Recursion,
        Feature::Globals,
        Feature::Environments,
        Feature::Loading,
        Feature::BaseLibrary,
        Feature::DebugLibrary,
        Feature::Redis,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Feature::Arithmetic => "arithmetic",
            Feature::NumericStrings => "numeric-strings",
            Feature::MixedTypes => "mixed-types",
            Feature::Comparison => "comparison",
            Feature::Concat => "concat",
            Feature::Tables => "tables",
            Feature::Metatables => "metatables",
            Feature::Closures => "closures",
            Feature::Varargs => "varargs",
            Feature::StringLibrary => "string-library",
            Feature::Patterns => "patterns",
            Feature::Format => "format",
            Feature::TableLibrary => "table-library",
            Feature::MathLibrary => "math-library",
            Feature::Errors => "errors",
            Feature::Coroutines => "coroutines",
            Feature::Loops => "loops",
            Feature::Recursion => "recursion",
            Feature::Globals => "globals",
            Feature::Environments => "environments",
            Feature::Loading => "loading",
            Feature::BaseLibrary => "base-library",
            Feature::DebugLibrary => "debug-library",
            Feature::Redis => "redis",
        }
    }

    pub fn parse(name: &str) -> Option<Feature> {
        Feature::ALL
            .into_iter()
            .find(|feature| feature.name() == name)
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A set of features.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FeatureSet(u32);

impl FeatureSet {
    pub const EMPTY: FeatureSet = FeatureSet(0);

    pub fn all() -> FeatureSet {
        FeatureSet::from_features(&Feature::ALL)
    }

    pub fn from_features(features: &[Feature]) -> FeatureSet {
        FeatureSet(
            features
                .iter()
                .fold(0, |bits, feature| bits | feature.bit()),
        )
    }

    pub fn contains(self, feature: Feature) -> bool {
        self.0 & feature.bit() != 0
    }

    pub fn with(self, feature: Feature) -> FeatureSet {
        FeatureSet(self.0 | feature.bit())
    }

    pub fn without(self, feature: Feature) -> FeatureSet {
        FeatureSet(self.0 & !feature.bit())
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Feature> {
        Feature::ALL
            .into_iter()
            .filter(move |feature| self.contains(feature.to_owned()))
    }

    /// The names, comma-separated, for the program's header comment.
    pub fn names(self) -> String {
        self.iter().map(Feature::name).collect::<Vec<_>>().join(",")
    }

    /// The swarm draw: each feature of `allowed` kept with probability one half. An empty
    /// draw is legal: such a program only prints its initial state.
    pub fn draw(allowed: FeatureSet, choices: &mut dyn Choices) -> FeatureSet {
        allowed
            .iter()
            .filter(|_| choices.below(2) == 1)
            .fold(FeatureSet::EMPTY, FeatureSet::with)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::choices::SeededChoices;

    #[test]
    fn names_round_trip_and_sets_behave() {
        for feature in Feature::ALL {
            assert_eq!(Feature::parse(feature.name()), Some(feature));
        }
        let set = FeatureSet::EMPTY.with(Feature::Loops).with(Feature::Tables);
        assert!(set.contains(Feature::Loops) && !set.contains(Feature::Errors));
        assert_eq!(set.names(), "tables,loops");
        assert!(set
            .without(Feature::Loops)
            .without(Feature::Tables)
            .is_empty());
    }

    #[test]
    fn swarm_draws_differ_and_stay_inside_the_allowed_set() {
        let allowed = FeatureSet::all().without(Feature::DebugLibrary);
        let mut choices = SeededChoices::new(7);
        let draws: Vec<FeatureSet> = (0..50)
            .map(|_| FeatureSet::draw(allowed, &mut choices))
            .collect();
        assert!(draws.iter().all(|set| !set.contains(Feature::DebugLibrary)));
        assert!(draws.windows(2).any(|pair| pair[0] != pair[1]));
    }
}
