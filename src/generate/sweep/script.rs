//! A batch of calls as a Lua case: a prelude that prints values without addresses, then one
//! line per call, which evaluates the arguments into locals and prints what `pcall` of the
//! call gave, labelled with the call, so a divergent line names its call.

use super::calls::{Batch, Call};
use super::catalogue::Display;

/// Prints labelled values: strings with `%q` (long ones as their length, head and tail, and
/// addresses such as `table: 0x55d0` masked), numbers with `tostring`, tables expanded three
/// levels deep with their entries sorted as text, other values as their type.
/// `emit_types` prints the status and, on failure, the error; on success only the types.
const PRELUDE: &str = r##"local emit, emit_types, mask
do
  local print, type, tostring, pairs, select = print, type, tostring, pairs, select
  local sort, concat, format, gsub, sub = table.sort, table.concat, string.format, string.gsub, string.sub
  function mask(text)
    return (gsub(text, ": 0x%x+", ": ADDRESS"))
  end
  local function quote(text)
    text = mask(text)
    if #text > 200 then
      return format("%q..(%d bytes)..%q", sub(text, 1, 40), #text, sub(text, -20))
    end
    return format("%q", text)
  end
  local function show(value, depth)
    local kind = type(value)
    if kind == "string" then return quote(value) end
    if kind == "number" or kind == "boolean" or kind == "nil" then return tostring(value) end
    if kind ~= "table" then return kind end
    if depth >= 3 then return "{...}" end
    local items = {}
    for key, item in pairs(value) do
      items[#items + 1] = "[" .. show(key, depth + 1) .. "]=" .. show(item, depth + 1)
    end
    sort(items)
    return "{" .. concat(items, ",") .. "}"
  end
  function emit(label, ...)
    local parts = {}
    for index = 1, select("#", ...) do
      parts[index] = show((select(index, ...)), 0)
    end
    print(label .. ": " .. concat(parts, " "))
  end
  function emit_types(label, ok, ...)
    if not ok then return emit(label, ok, ...) end
    local parts = {"true"}
    for index = 1, select("#", ...) do
      parts[index + 1] = type((select(index, ...)))
    end
    print(label .. ": " .. concat(parts, " "))
  end
end
"##;

/// Makes `print` show tables and functions without their addresses: it calls the global
/// `tostring`, which this replaces by one that masks them.
const MASKED_TOSTRING: &str = r##"do
  local original, type = tostring, type
  tostring = function(value)
    local text = original(value)
    if type(text) == "string" then text = mask(text) end
    return text
  end
end
"##;

/// The Lua source of `batch`, with `header` (one comment line) first.
pub fn render(batch: &Batch, header: &str) -> String {
    let mut source = format!("-- {header}\n{PRELUDE}");
    if batch
        .calls
        .iter()
        .any(|call| call.function.masks_printed_addresses)
    {
        source.push_str(MASKED_TOSTRING);
    }
    for call in &batch.calls {
        source.push_str(&call_line(call));
        source.push('\n');
    }
    source
}

/// `do local a1, a2 = <args> emit("<label>", pcall(function() return f(a1, a2) end)) end`
fn call_line(call: &Call) -> String {
    let names: Vec<String> = (1..=call.args.len())
        .map(|index| format!("a{index}"))
        .collect();
    let locals = if call.args.is_empty() {
        String::new()
    } else {
        format!("local {} = {} ", names.join(", "), call.args.join(", "))
    };
    let label = call.label.replace('\\', "\\\\").replace('"', "\\\"");
    let invocation = format!(
        "pcall(function() return {}({}) end)",
        call.function.name,
        names.join(", ")
    );
    let shown = match call.function.display {
        Display::Values => format!("emit(\"{label}\", {invocation})"),
        Display::Types => format!("emit_types(\"{label}\", {invocation})"),
        Display::ValuesAndFirstArgument if !call.args.is_empty() => {
            format!("emit(\"{label}\", {invocation}) emit(\"  argument 1 after\", a1)")
        }
        Display::ValuesAndFirstArgument => format!("emit(\"{label}\", {invocation})"),
    };
    format!("do {locals}{shown} end")
}

#[cfg(test)]
mod tests {
    use super::super::calls::systematic;
    use super::super::catalogue::selected;
    use super::*;

    #[test]
    fn a_call_line_evaluates_arguments_into_locals_and_labels_the_call() {
        let (batches, _) = systematic(&selected(Some("math.fmod")));
        let source = render(&batches[0], "sweep math.fmod/arg1");
        assert!(source.starts_with("-- sweep math.fmod/arg1\n"));
        assert!(source.contains(
            "do local a1, a2 = 0/0, 2 emit(\"math.fmod(nan, base)\", pcall(function() return math.fmod(a1, a2) end)) end"
        ));
        assert!(source.contains(
            "do emit(\"math.fmod(missing)\", pcall(function() return math.fmod() end)) end"
        ));
        assert!(!source.contains("\n  tostring = function"));
    }

    #[test]
    fn print_batches_mask_addresses_and_table_functions_show_their_table_after() {
        let (batches, _) = systematic(&selected(Some("print")));
        assert!(render(&batches[0], "print").contains("\n  tostring = function"));
        let (batches, _) = systematic(&selected(Some("table.insert")));
        assert!(render(&batches[0], "insert").contains("emit(\"  argument 1 after\", a1)"));
    }
}
