-- A JSON encoder and decoder: objects with sorted keys, arrays, escapes, numbers, errors.
local json = {}

local escapes = {['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t"}

local function encode_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function is_array(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end

local encode_value
local function encode_table(t, seen)
  if seen[t] then error("cannot encode a cyclic table") end
  seen[t] = true
  local out = {}
  local array, n = is_array(t)
  if array and n > 0 then
    for i = 1, n do out[i] = encode_value(t[i], seen) end
    seen[t] = nil
    return "[" .. table.concat(out, ",") .. "]"
  end
  local keys = {}
  for k in pairs(t) do
    if type(k) ~= "string" then error("object keys must be strings, got " .. type(k)) end
    keys[#keys + 1] = k
  end
  table.sort(keys)
  for i, k in ipairs(keys) do out[i] = encode_string(k) .. ":" .. encode_value(t[k], seen) end
  seen[t] = nil
  return "{" .. table.concat(out, ",") .. "}"
end

function encode_value(v, seen)
  local kind = type(v)
  if kind == "nil" then return "null"
  elseif kind == "boolean" then return tostring(v)
  elseif kind == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v)) end
    if v == math.floor(v) and math.abs(v) < 1e15 then return string.format("%d", v) end
    return string.format("%.14g", v)
  elseif kind == "string" then return encode_string(v)
  elseif kind == "table" then return encode_table(v, seen)
  end
  error("cannot encode a " .. kind)
end

function json.encode(v) return encode_value(v, {}) end

local function decode_error(str, pos, what)
  error(string.format("%s at position %d near '%s'", what, pos, str:sub(pos, pos + 5)), 0)
end

local decode_value
local function skip(str, pos) return str:find("[^ \t\r\n]", pos) or #str + 1 end

local function decode_string(str, pos)
  local out, i = {}, pos + 1
  while true do
    local c = str:sub(i, i)
    if c == "" then decode_error(str, pos, "unterminated string") end
    if c == '"' then return table.concat(out), i + 1 end
    if c == "\\" then
      local e = str:sub(i + 1, i + 1)
      local simple = {b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/"}
      if simple[e] then
        out[#out + 1] = simple[e]; i = i + 2
      elseif e == "u" then
        local hex = str:match("^%x%x%x%x", i + 2)
        if not hex then decode_error(str, i, "bad unicode escape") end
        local code = tonumber(hex, 16)
        if code < 128 then out[#out + 1] = string.char(code) else out[#out + 1] = "?" end
        i = i + 6
      else
        decode_error(str, i, "bad escape")
      end
    else
      out[#out + 1] = c; i = i + 1
    end
  end
end

function decode_value(str, pos)
  pos = skip(str, pos)
  local c = str:sub(pos, pos)
  if c == "{" then
    local obj = {}
    pos = skip(str, pos + 1)
    if str:sub(pos, pos) == "}" then return obj, pos + 1 end
    while true do
      if str:sub(pos, pos) ~= '"' then decode_error(str, pos, "expected string key") end
      local key
      key, pos = decode_string(str, pos)
      pos = skip(str, pos)
      if str:sub(pos, pos) ~= ":" then decode_error(str, pos, "expected ':'") end
      obj[key], pos = decode_value(str, pos + 1)
      pos = skip(str, pos)
      local d = str:sub(pos, pos)
      if d == "}" then return obj, pos + 1 end
      if d ~= "," then decode_error(str, pos, "expected ',' or '}'") end
      pos = skip(str, pos + 1)
    end
  elseif c == "[" then
    local arr, n = {}, 0
    pos = skip(str, pos + 1)
    if str:sub(pos, pos) == "]" then return arr, pos + 1 end
    while true do
      n = n + 1
      arr[n], pos = decode_value(str, pos)
      pos = skip(str, pos)
      local d = str:sub(pos, pos)
      if d == "]" then return arr, pos + 1 end
      if d ~= "," then decode_error(str, pos, "expected ',' or ']'") end
      pos = pos + 1
    end
  elseif c == '"' then
    return decode_string(str, pos)
  elseif str:find("^true", pos) then return true, pos + 4
  elseif str:find("^false", pos) then return false, pos + 5
  elseif str:find("^null", pos) then return nil, pos + 4
  else
    local num = str:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
    if num and #num > 0 and tonumber(num) then return tonumber(num), pos + #num end
  end
  decode_error(str, pos, "unexpected character")
end

function json.decode(str)
  local value, pos = decode_value(str, 1)
  pos = skip(str, pos)
  if pos <= #str then decode_error(str, pos, "trailing garbage") end
  return value
end

local doc = {
  name = "Ferrous", version = 1.5, tags = {"vm", "lua", "redis"}, nested = {deep = {deeper = {true, false}}},
  count = 42, negative = -7, ratio = 1 / 3, empty_obj = {}, text = 'quote " backslash \\ newline \n tab \t',
  control = "\1\31",
}
local encoded = json.encode(doc)
print(encoded)
local decoded = json.decode(encoded)
print(json.encode(decoded) == encoded, decoded.tags[2], decoded.nested.deep.deeper[2], decoded.count)
print(json.encode({1, 2, {3, {4}}}), json.encode({}), json.encode("x"), json.encode(nil))
local parsed = json.decode(' { "a" : [ 1 , 2.5e2 , -3 , true , null , "s\\u0041\\n" ] , "b" : { } } ')
print(parsed.a[1], parsed.a[2], parsed.a[3], parsed.a[4], parsed.a[5], string.format("%q", parsed.a[6]), type(parsed.b))
local bad_inputs = {'{"a" 1}', '[1, 2', '"unterminated', '{"a": tru}', '[1] x', '{1: 2}', '"\\q"'}
for _, input in ipairs(bad_inputs) do print(input, pcall(json.decode, input)) end
local cyclic = {}
cyclic.self = cyclic
print(pcall(json.encode, cyclic))
print(pcall(json.encode, {[true] = 1}))
print(pcall(json.encode, {f = print}))
print(pcall(json.encode, 0 / 0))
return #encoded
