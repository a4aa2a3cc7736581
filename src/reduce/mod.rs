//! The reducer: shrinks a divergent script to a small one that shows the same divergence.
//!
//! "The same" means the same signature: a candidate that diverges differently has slid onto
//! another bug and is rejected (see [`oracle`]). The search runs rounds until a round changes
//! nothing: first syntax-aware passes on a tree of the script ([`parser`], [`edits`],
//! [`printer`]), when it parses and its printed form still diverges the same way; then line and
//! token passes ([`text_edits`]), which also handle scripts that do not parse. Every accepted
//! edit makes the script shorter (or, for numerals, smaller at the same length), so the search
//! ends; a time limit stops it earlier with the best script so far. The result is re-run
//! several times and marked deterministic or flaky.

pub mod command;
pub mod decisions;
pub mod edits;
pub mod lexer;
pub mod oracle;
pub mod parser;
pub mod printer;
pub mod syntax;
pub mod text_edits;
pub mod worker;

use crate::engine::{Case, Engine};
use edits::{apply, largest_block, numeral_weight, Pass};
use oracle::{Finding, Isolation, Oracle};
use printer::print_chunk;
use std::sync::Arc;
use std::time::{Duration, Instant};
use syntax::Block;
use text_edits::{join, remove_run, units, Granularity};

/// Most rounds of all passes; each round that changes something shrinks the script, so this
/// only bounds pathological inputs.
const MAX_ROUNDS: usize = 12;

/// The positions of accepted scripts a failed confirmation tries, newest first, at growing
/// distances (1, 2, 4, ... steps back) down to the starting script, so that a flaky candidate
/// accepted early costs a few confirmations rather than one per later step.
fn steps_back(accepted: usize) -> Vec<usize> {
    let mut positions = Vec::new();
    let mut distance = 0;
    while distance < accepted {
        positions.push(accepted - 1 - distance);
        distance = if distance == 0 { 1 } else { distance * 2 };
    }
    if accepted > 0 && positions.last() != Some(&0) {
        positions.push(0);
    }
    positions
}

/// Instruction budgets tried for candidates, smallest first: the smallest under which the
/// original still shows the divergence is used. Edited scripts easily loop; a small budget
/// keeps each such candidate short, and keeps reference Lua from spending the time a large
/// budget allows inside quadratic C functions, past the wall clock.
const CANDIDATE_BUDGETS: [u64; 6] = [20_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000];

/// How a reduction is run.
#[derive(Debug, Clone)]
pub struct ReduceOptions {
    /// Candidates tried at the same time.
    pub jobs: usize,
    /// Time for the whole search; past it the best script so far is the result.
    pub time_limit: Duration,
    /// Wall clock of each engine run of a candidate (the case's own is used if shorter).
    pub candidate_wall_clock: Duration,
    /// Times the result is re-run to tell a deterministic divergence from a flaky one.
    pub confirmations: usize,
    /// The signature to keep; `None` keeps whatever the original script shows.
    pub target: Option<String>,
    /// Where candidates run; child processes keep a runaway candidate from wedging an engine.
    pub isolation: Isolation,
}

impl Default for ReduceOptions {
    fn default() -> ReduceOptions {
        ReduceOptions {
            jobs: crate::runner::default_jobs(),
            time_limit: Duration::from_secs(300),
            candidate_wall_clock: Duration::from_secs(5),
            confirmations: 5,
            target: None,
            isolation: Isolation::InProcess,
        }
    }
}

/// Whether the reduced script diverged the same way every time it was re-run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stability {
    Deterministic,
    Flaky {
        reproduced: usize,
        runs: usize,
    },
    /// The result could not be re-run: an engine became unusable during the search.
    Unconfirmed {
        reason: String,
    },
}

impl Stability {
    pub fn describe(&self) -> String {
        match self {
            Stability::Deterministic => "deterministic".to_string(),
            Stability::Flaky { reproduced, runs } => {
                format!("flaky (reproduced {reproduced} of {runs} runs)")
            }
            Stability::Unconfirmed { reason } => format!("unconfirmed ({reason})"),
        }
    }
}

/// How many edits of one pass were kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassRecord {
    pub pass: String,
    pub accepted: usize,
}

/// The result of a reduction.
#[derive(Debug, Clone)]
pub struct Reduction {
    pub signature: String,
    /// The first difference shown by the reduced script.
    pub detail: String,
    /// The header directives of the case (`-- @...` lines), kept in front of the result.
    pub header: Vec<u8>,
    pub original: Vec<u8>,
    /// The reduced script, header included.
    pub reduced: Vec<u8>,
    pub stability: Stability,
    /// Candidates run on both engines, and candidates answered from the cache.
    pub runs: usize,
    pub cache_hits: usize,
    pub elapsed: Duration,
    /// Whether the time limit stopped the search before it converged.
    pub stopped_early: bool,
    /// Whether the syntax-aware passes could be used.
    pub syntax_aware: bool,
    /// The instruction budget candidates ran under.
    pub candidate_budget: u64,
    pub passes: Vec<PassRecord>,
}

/// Why there is nothing to reduce.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReduceError {
    #[error("the engines do not diverge on this case ({finding})")]
    NotDivergent { finding: String },
    #[error("the case diverges with {found}, not with the requested {wanted}")]
    OtherSignature { wanted: String, found: String },
    #[error("the case diverges with {signature} only intermittently; reduce needs a reproducible divergence")]
    NotReproducible { signature: String },
    #[error("cannot start the reducer: {reason}")]
    Setup { reason: String },
    #[error("an engine is unusable: {reason}")]
    EngineWedged { reason: String },
}

/// Sizes of a script, for reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ScriptSize {
    pub bytes: usize,
    /// Lines with something other than blanks.
    pub lines: usize,
    /// Lua tokens, when the script can be split into tokens.
    pub tokens: Option<usize>,
}

pub fn script_size(source: &[u8]) -> ScriptSize {
    ScriptSize {
        bytes: source.len(),
        lines: source
            .split(|&byte| byte == b'\n')
            .filter(|line| line.iter().any(|byte| !byte.is_ascii_whitespace()))
            .count(),
        tokens: lexer::tokenize(source).ok().map(|tokens| tokens.len()),
    }
}

/// Splits the leading `-- @` directive lines off a case's source.
pub fn split_header(source: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut header_end = 0;
    for line in source.split_inclusive(|&byte| byte == b'\n') {
        if !line.starts_with(b"-- @") {
            break;
        }
        header_end += line.len();
    }
    (source[..header_end].to_vec(), source[header_end..].to_vec())
}

/// What a reduction starts from: the oracle for candidates, the signature it keeps, and the
/// instruction budget candidates run under.
pub struct Prepared {
    pub oracle: Oracle,
    pub signature: String,
    pub candidate_budget: u64,
}

/// Examines `case` on `engines`, checks it shows the wanted signature, and picks the smallest
/// candidate budget under which `body` (the case's source without its header) still shows it.
pub fn prepare(
    case: &Case,
    body: &[u8],
    engines: &[Arc<dyn Engine>; 2],
    options: &ReduceOptions,
) -> Result<Prepared, ReduceError> {
    let mut base = case.clone();
    base.limits.wall_clock = base.limits.wall_clock.min(options.candidate_wall_clock);
    let signature = match oracle::examine(&base, engines, &case.source) {
        Finding::Diverges { signature, .. } => signature,
        Finding::Agrees => {
            return Err(ReduceError::NotDivergent {
                finding: "they agree".to_string(),
            })
        }
        Finding::Inconclusive => {
            return Err(ReduceError::NotDivergent {
                finding: "the result is inconclusive".to_string(),
            })
        }
        Finding::EngineWedged { reason } => return Err(ReduceError::EngineWedged { reason }),
    };
    if let Some(wanted) = &options.target {
        if *wanted != signature {
            return Err(ReduceError::OtherSignature {
                wanted: wanted.clone(),
                found: signature,
            });
        }
    }
    let full_budget = base.limits.instructions;
    let mut budgets: Vec<u64> = CANDIDATE_BUDGETS
        .into_iter()
        .filter(|&budget| budget < full_budget)
        .collect();
    budgets.push(full_budget);
    for budget in budgets {
        let mut limited = base.clone();
        limited.limits.instructions = budget;
        let oracle = Oracle::new(
            limited,
            engines.clone(),
            signature.clone(),
            options.jobs,
            options.isolation.clone(),
        )
        .map_err(|reason| ReduceError::Setup { reason })?;
        if oracle.is_interesting(body) {
            return Ok(Prepared {
                oracle,
                signature,
                candidate_budget: budget,
            });
        }
        if let Some(reason) = oracle.wedged() {
            return Err(ReduceError::EngineWedged { reason });
        }
    }
    Err(ReduceError::NotReproducible { signature })
}

/// Reduces `case` on `engines` (left first, as in the run that found the divergence).
pub fn reduce(
    case: &Case,
    engines: &[Arc<dyn Engine>; 2],
    options: &ReduceOptions,
) -> Result<Reduction, ReduceError> {
    let started = Instant::now();
    let (header, body) = split_header(&case.source);
    let Prepared {
        oracle,
        signature,
        candidate_budget,
    } = prepare(case, &body, engines, options)?;

    let mut search = Search {
        oracle: &oracle,
        started,
        time_limit: options.time_limit,
        batch: options.jobs.max(1),
        accepted: vec![body.clone()],
        current: body,
        passes: Vec::new(),
        stopped_early: false,
        syntax_aware: false,
    };
    for _ in 0..MAX_ROUNDS {
        let before = search.current.len();
        search.syntax_passes();
        search.text_pass(Granularity::Lines);
        search.text_pass(Granularity::Tokens);
        if search.current.len() == before || search.out_of_time() {
            break;
        }
    }
    let wedged = oracle.wedged();

    // Confirm the result; when it does not reproduce every time, walk back through the
    // scripts accepted before it (a flaky candidate may have been kept on one lucky run) and
    // take the newest one that does.
    let runs = options.confirmations.max(1);
    let mut detail = "(not re-run: an engine became unusable)".to_string();
    let mut stability = Stability::Unconfirmed {
        reason: wedged.clone().unwrap_or_default(),
    };
    let mut result = search.current.clone();
    if wedged.is_none() {
        let mut first_try = None;
        for script in steps_back(search.accepted.len())
            .into_iter()
            .map(|index| &search.accepted[index])
        {
            let mut reproduced = 0;
            let mut last_detail = String::new();
            for _ in 0..runs {
                if let Finding::Diverges {
                    signature: found,
                    detail: found_detail,
                } = oracle.examine(script)
                {
                    if found == signature {
                        reproduced += 1;
                        last_detail = found_detail;
                    }
                }
            }
            if reproduced == runs {
                result = script.clone();
                detail = last_detail;
                stability = Stability::Deterministic;
                break;
            }
            first_try.get_or_insert((reproduced, last_detail));
        }
        if stability != Stability::Deterministic {
            let (reproduced, last_detail) = first_try.unwrap_or_default();
            detail = last_detail;
            stability = Stability::Flaky { reproduced, runs };
        }
    }
    let mut reduced = header.clone();
    reduced.extend_from_slice(&result);
    Ok(Reduction {
        signature,
        detail,
        header,
        original: case.source.clone(),
        reduced,
        stability,
        runs: oracle.runs(),
        cache_hits: oracle.cache_hits(),
        elapsed: started.elapsed(),
        stopped_early: search.stopped_early,
        syntax_aware: search.syntax_aware,
        candidate_budget,
        passes: search.passes,
    })
}

/// The state of one reduction.
struct Search<'a> {
    oracle: &'a Oracle,
    started: Instant,
    time_limit: Duration,
    batch: usize,
    /// The smallest interesting script so far (without the header).
    current: Vec<u8>,
    /// Every script accepted so far, oldest first (the starting script included).
    accepted: Vec<Vec<u8>>,
    passes: Vec<PassRecord>,
    stopped_early: bool,
    syntax_aware: bool,
}

impl Search<'_> {
    /// Whether the search must stop: out of time, or an engine became unusable.
    fn out_of_time(&mut self) -> bool {
        if self.started.elapsed() >= self.time_limit || self.oracle.wedged().is_some() {
            self.stopped_early = true;
        }
        self.stopped_early
    }

    fn record(&mut self, pass: String, accepted: usize) {
        match self.passes.iter_mut().find(|record| record.pass == pass) {
            Some(record) => record.accepted += accepted,
            None => self.passes.push(PassRecord { pass, accepted }),
        }
    }

    /// Runs the tree passes when the script parses and its printed form still diverges.
    fn syntax_passes(&mut self) {
        let Ok(tree) = parser::parse(&self.current) else {
            return;
        };
        let printed = print_chunk(&tree);
        if printed != self.current {
            if !self.oracle.is_interesting(&printed) {
                return;
            }
            self.current = printed;
            self.accepted.push(self.current.clone());
        }
        self.syntax_aware = true;
        let mut tree = tree;
        let largest = largest_block(&tree).max(1);
        let mut chunk = 1usize << (usize::BITS - 1 - largest.leading_zeros());
        while chunk >= 1 {
            self.tree_pass(&mut tree, Pass::RemoveStatements { chunk });
            chunk /= 2;
        }
        for pass in [
            Pass::UnwrapBodies,
            Pass::DropBranches,
            Pass::RemoveStatements { chunk: 1 },
            Pass::ReplaceExpressions,
            Pass::RemoveListItems,
            Pass::ShrinkLiterals,
        ] {
            self.tree_pass(&mut tree, pass);
        }
    }

    /// Tries the edits of `pass` in order, keeping each one that still diverges the same way.
    fn tree_pass(&mut self, tree: &mut Block, pass: Pass) {
        let mut accepted = 0;
        let mut index = 0;
        let mut weight = numeral_weight(tree);
        loop {
            if self.out_of_time() {
                break;
            }
            let mut batch = Vec::new();
            let mut probe = index;
            while batch.len() < self.batch {
                let Some(edited) = apply(tree, pass, probe) else {
                    break;
                };
                let text = print_chunk(&edited);
                let edited_weight = numeral_weight(&edited);
                let smaller = text.len() < self.current.len()
                    || (text.len() == self.current.len() && edited_weight < weight);
                if smaller {
                    batch.push((probe, edited, text, edited_weight));
                }
                probe += 1;
            }
            if batch.is_empty() {
                break;
            }
            let texts: Vec<Vec<u8>> = batch.iter().map(|(_, _, text, _)| text.clone()).collect();
            match self.oracle.first_interesting(&texts) {
                Some(position) => {
                    let (found, edited, text, edited_weight) = batch.swap_remove(position);
                    *tree = edited;
                    self.current = text;
                    self.accepted.push(self.current.clone());
                    weight = edited_weight;
                    index = found;
                    accepted += 1;
                }
                None => index = probe,
            }
        }
        self.record(pass.name(), accepted);
    }

    /// Removes runs of lines or tokens, largest runs first.
    fn text_pass(&mut self, granularity: Granularity) {
        let Some(mut pieces) = units(&self.current, granularity) else {
            return;
        };
        let mut accepted = 0;
        let mut chunk = 1usize << (usize::BITS - 1 - pieces.len().max(1).leading_zeros());
        while chunk >= 1 && !self.out_of_time() {
            let mut index = 0;
            loop {
                if self.out_of_time() {
                    break;
                }
                let mut batch = Vec::new();
                let mut probe = index;
                while batch.len() < self.batch {
                    let Some(kept) = remove_run(&pieces, chunk, probe) else {
                        break;
                    };
                    let text = join(&kept, granularity);
                    if text.len() < self.current.len() {
                        batch.push((probe, kept, text));
                    }
                    probe += 1;
                }
                if batch.is_empty() {
                    break;
                }
                let texts: Vec<Vec<u8>> = batch.iter().map(|(_, _, text)| text.clone()).collect();
                match self.oracle.first_interesting(&texts) {
                    Some(position) => {
                        let (found, kept, text) = batch.swap_remove(position);
                        pieces = kept;
                        self.current = text;
                        self.accepted.push(self.current.clone());
                        index = found;
                        accepted += 1;
                    }
                    None => index = probe,
                }
            }
            chunk /= 2;
        }
        self.record(granularity.name().to_string(), accepted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirmation_walks_back_at_growing_distances() {
        assert_eq!(steps_back(1), vec![0]);
        assert_eq!(steps_back(4), vec![3, 2, 1, 0]);
        assert_eq!(steps_back(12), vec![11, 10, 9, 7, 3, 0]);
    }

    #[test]
    fn headers_are_kept_apart() {
        let (header, body) = split_header(b"-- @budget: 10\n-- @memory: 99\nreturn 1\n-- @x: y\n");
        assert_eq!(header, b"-- @budget: 10\n-- @memory: 99\n");
        assert_eq!(body, b"return 1\n-- @x: y\n");
    }

    #[test]
    fn sizes_count_bytes_lines_and_tokens() {
        let size = script_size(b"local x = 1\n\n  \nprint(x)\n");
        assert_eq!(size.bytes, 25);
        assert_eq!(size.lines, 2);
        assert_eq!(size.tokens, Some(8));
        assert_eq!(script_size(b"x = 'open").tokens, None);
    }
}
