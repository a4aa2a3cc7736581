-- A text formatter: word wrapping, full justification, centring and a boxed table.
local text = "Lua is a powerful, efficient, lightweight, embeddable scripting language. " ..
  "It supports procedural programming, object-oriented programming, functional programming, " ..
  "data-driven programming, and data description. Lua combines simple procedural syntax with " ..
  "powerful data description constructs based on associative arrays and extensible semantics."

local function words_of(s) local w = {} for word in s:gmatch("%S+") do w[#w + 1] = word end return w end

local function wrap(s, width)
  local lines, current = {}, {}
  local len = 0
  for _, word in ipairs(words_of(s)) do
    if len > 0 and len + 1 + #word > width then
      lines[#lines + 1] = current
      current, len = {}, 0
    end
    current[#current + 1] = word
    len = len + (len > 0 and 1 or 0) + #word
  end
  if #current > 0 then lines[#lines + 1] = current end
  return lines
end

local function justify(words, width)
  if #words == 1 then return words[1] end
  local chars = 0
  for _, w in ipairs(words) do chars = chars + #w end
  local gaps = #words - 1
  local spaces = width - chars
  local out = {}
  for i, w in ipairs(words) do
    out[#out + 1] = w
    if i <= gaps then
      local n = math.floor(spaces / gaps) + ((i <= spaces % gaps) and 1 or 0)
      out[#out + 1] = string.rep(" ", n)
    end
  end
  return table.concat(out)
end

local function center(s, width)
  local pad = width - #s
  local left = math.floor(pad / 2)
  return string.rep(" ", left) .. s .. string.rep(" ", pad - left)
end

for _, width in ipairs({40, 28}) do
  print(string.rep("=", width))
  local lines = wrap(text, width)
  for i, words in ipairs(lines) do
    local line = i < #lines and justify(words, width) or table.concat(words, " ")
    print(line .. string.rep(" ", width - #line) .. "|")
  end
end
print("[" .. center("title", 21) .. "]")
print("[" .. center("even", 10) .. "]")

local function boxed(headers, rows)
  local widths = {}
  for i, h in ipairs(headers) do widths[i] = #h end
  for _, row in ipairs(rows) do
    for i, cell in ipairs(row) do widths[i] = math.max(widths[i], #tostring(cell)) end
  end
  local sep = {}
  for i, w in ipairs(widths) do sep[i] = string.rep("-", w + 2) end
  local rule = "+" .. table.concat(sep, "+") .. "+"
  local function fmt(row)
    local cells = {}
    for i, cell in ipairs(row) do
      local s = tostring(cell)
      if type(cell) == "number" then cells[i] = " " .. string.rep(" ", widths[i] - #s) .. s .. " "
      else cells[i] = " " .. s .. string.rep(" ", widths[i] - #s) .. " " end
    end
    return "|" .. table.concat(cells, "|") .. "|"
  end
  local out = {rule, fmt(headers), rule}
  for _, row in ipairs(rows) do out[#out + 1] = fmt(row) end
  out[#out + 1] = rule
  return table.concat(out, "\n")
end
print(boxed({"language", "year", "typing"}, {{"Lua", 1993, "dynamic"}, {"C", 1972, "static"}, {"Rust", 2015, "static"}}))
return #wrap(text, 40)
