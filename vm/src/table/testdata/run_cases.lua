-- Replays table_cases.txt on reference Lua 5.1 and prints what the Rust test expects.
-- Usage: lua5.1 run_cases.lua < cases.txt > expected.txt
--
-- A case is a block of lines:
--   case NAME
--   pos V | field K V       constructor items, in source order (V: integer or nil)
--   build                   runs the constructor (an empty one when it has no items)
--   set K V                 t[K] = V
--   len                     prints "len #t"
--   pairs                   prints the entries in traversal order
--   sweep P                 traverses with next, clearing every P-th visited key
--   bump                    traverses, adding 1000 to every value (existing keys only)
--   next K                  prints what next(t, K) gives: a key, "end" or "error"
-- Keys: s:TEXT (string), n:NUMBER, b:true / b:false. Every case ends with a "pairs".

local tokens -- key -> first token naming it in the current case

local function parse_key(tok)
  local kind, text = tok:match("^(%a):(.*)$")
  local key
  if kind == "s" then key = text
  elseif kind == "n" then key = assert(tonumber(text), tok)
  elseif kind == "b" then key = (text == "true")
  else error("bad key token " .. tok) end
  if tokens[key] == nil then tokens[key] = tok end
  return key
end

local function parse_value(tok)
  if tok == "nil" then return nil end
  return assert(tonumber(tok), tok)
end

local function show_key(k)
  local tok = tokens[k]
  if tok then return tok end
  return string.format("n:%d", k) -- positional keys have no token
end

local function show_value(v)
  return string.format("%d", v)
end

local out = {}
local function emit(s) out[#out + 1] = s end

local name, items, t
local function finish()
  if not name then return end
  local parts = { "pairs" }
  for k, v in pairs(t) do parts[#parts + 1] = show_key(k) .. "=" .. show_value(v) end
  emit(table.concat(parts, " "))
  name = nil
end

local function build()
  local src, keys = { "local K = ... return {" }, {}
  for i, item in ipairs(items) do
    if item.key ~= nil then
      keys[#keys + 1] = item.key
      src[#src + 1] = string.format("[K[%d]] = %s,", #keys, tostring(item.value))
    else
      src[#src + 1] = tostring(item.value) .. ","
    end
  end
  src[#src + 1] = "}"
  t = assert(loadstring(table.concat(src, " ")))(keys)
end

for line in io.lines() do
  local words = {}
  for w in line:gmatch("%S+") do words[#words + 1] = w end
  local op = words[1]
  if op == "case" then
    finish()
    name, items, t, tokens = words[2], {}, nil, {}
    emit(line)
  elseif op == "pos" then
    items[#items + 1] = { value = parse_value(words[2]) }
  elseif op == "field" then
    items[#items + 1] = { key = parse_key(words[2]), value = parse_value(words[3]) }
  elseif op == "build" then
    build()
  elseif op == "set" then
    t[parse_key(words[2])] = parse_value(words[3])
  elseif op == "len" then
    emit("len " .. #t)
  elseif op == "pairs" then
    local parts = { "pairs" }
    for k, v in pairs(t) do parts[#parts + 1] = show_key(k) .. "=" .. show_value(v) end
    emit(table.concat(parts, " "))
  elseif op == "sweep" then
    local every, visited, parts = tonumber(words[2]), 0, { "sweep" }
    local k = next(t)
    while k ~= nil do
      parts[#parts + 1] = show_key(k)
      visited = visited + 1
      if visited % every == 0 then t[k] = nil end
      k = next(t, k)
    end
    emit(table.concat(parts, " "))
  elseif op == "bump" then
    for k, v in pairs(t) do t[k] = v + 1000 end
  elseif op == "next" then
    local ok, k = pcall(next, t, parse_key(words[2]))
    local shown = (not ok and "error") or (k == nil and "end") or show_key(k)
    emit("next " .. words[2] .. " -> " .. shown)
  elseif op ~= nil then
    error("unknown op " .. line)
  end
end
finish()
io.write(table.concat(out, "\n"), "\n")
