-- A table-driven state machine that tokenizes a small configuration language.
local function classify(c)
  if c:match("%a") or c == "_" then return "alpha" end
  if c:match("%d") then return "digit" end
  if c:match("%s") then return "space" end
  if c == '"' then return "quote" end
  if c == "#" then return "hash" end
  return "punct"
end
local transitions = {
  start = {alpha = "ident", digit = "number", space = "start", quote = "string", hash = "comment", punct = "start"},
  ident = {alpha = "ident", digit = "ident"},
  number = {digit = "number", punct = "number"},
}
local function tokenize(src)
  local tokens, i, line = {}, 1, 1
  while i <= #src do
    local c = src:sub(i, i)
    local class = classify(c)
    local state = transitions.start[class]
    if c == "\n" then line = line + 1 end
    if state == "ident" or state == "number" then
      local j = i
      while j + 1 <= #src do
        local nc = src:sub(j + 1, j + 1)
        local nclass = classify(nc)
        if not transitions[state][nclass] or (state == "number" and nclass == "punct" and nc ~= ".") then break end
        j = j + 1
      end
      local text = src:sub(i, j)
      if state == "number" and not tonumber(text) then error(string.format("line %d: bad number '%s'", line, text), 0) end
      tokens[#tokens + 1] = {state, text, line}
      i = j + 1
    elseif state == "string" then
      local j = src:find('"', i + 1, true)
      if not j then error(string.format("line %d: unterminated string", line), 0) end
      tokens[#tokens + 1] = {"string", src:sub(i + 1, j - 1), line}
      i = j + 1
    elseif state == "comment" then
      local j = src:find("\n", i, true) or #src + 1
      i = j
    else
      if class == "punct" then tokens[#tokens + 1] = {"punct", c, line} end
      i = i + 1
    end
  end
  return tokens
end
local config = [[
# server settings
name = "ferrous"
port = 6379
ratio = 0.75
tags = { "fast", "safe" }  # trailing comment
retries=3
]]
local tokens = tokenize(config)
for _, t in ipairs(tokens) do print(t[3], t[1], t[2]) end
local settings, i = {}, 1
while i <= #tokens do
  local key, eq, value = tokens[i], tokens[i + 1], tokens[i + 2]
  if key[1] == "ident" and eq[2] == "=" then
    if value[2] == "{" then
      local list = {}
      i = i + 3
      while tokens[i][2] ~= "}" do if tokens[i][1] == "string" then list[#list + 1] = tokens[i][2] end i = i + 1 end
      settings[key[2]] = "[" .. table.concat(list, "|") .. "]"
      i = i + 1
    else
      settings[key[2]] = value[1] == "number" and tonumber(value[2]) or value[2]
      i = i + 3
    end
  else
    i = i + 1
  end
end
for _, k in ipairs({"name", "port", "ratio", "tags", "retries"}) do print(k, settings[k], type(settings[k])) end
print(pcall(tokenize, 'x = "open'))
print(pcall(tokenize, "\n\nv = 1.2.3"))
