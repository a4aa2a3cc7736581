-- A small interpreter: tokenizer, recursive-descent parser to an AST, and an evaluator
-- with variables, functions, conditionals and recursion.
local function tokenize(src)
  local tokens, pos = {}, 1
  while pos <= #src do
    local ws = src:match("^%s+", pos)
    if ws then pos = pos + #ws
    else
      local num = src:match("^%d+%.?%d*", pos)
      local name = src:match("^[%a_][%w_]*", pos)
      local op = src:match("^[=<>!]=", pos) or src:match("^[-+*/%%(),=<>?:;{}]", pos)
      if num then tokens[#tokens + 1] = {kind = "num", value = tonumber(num)}; pos = pos + #num
      elseif name then tokens[#tokens + 1] = {kind = "name", value = name}; pos = pos + #name
      elseif op then tokens[#tokens + 1] = {kind = "op", value = op}; pos = pos + #op
      else error("unexpected character '" .. src:sub(pos, pos) .. "' at " .. pos, 0) end
    end
  end
  tokens[#tokens + 1] = {kind = "eof", value = "<eof>"}
  return tokens
end

local Parser = {}
Parser.__index = Parser
function Parser.new(tokens) return setmetatable({tokens = tokens, i = 1}, Parser) end
function Parser:peek() return self.tokens[self.i] end
function Parser:next() local t = self.tokens[self.i]; self.i = self.i + 1; return t end
function Parser:accept(v) if self:peek().value == v then return self:next() end end
function Parser:expect(v)
  local t = self:next()
  if t.value ~= v then error("expected '" .. v .. "' but found '" .. tostring(t.value) .. "'", 0) end
  return t
end
local binary_levels = {
  {["=="] = true, ["!="] = true, ["<"] = true, [">"] = true, ["<="] = true, [">="] = true},
  {["+"] = true, ["-"] = true},
  {["*"] = true, ["/"] = true, ["%"] = true},
}
function Parser:expression()
  local cond = self:binary(1)
  if self:accept("?") then
    local a = self:expression()
    self:expect(":")
    local b = self:expression()
    return {"if", cond, a, b}
  end
  return cond
end
function Parser:binary(level)
  if level > #binary_levels then return self:unary() end
  local left = self:binary(level + 1)
  while binary_levels[level][self:peek().value] do
    local op = self:next().value
    left = {"bin", op, left, self:binary(level + 1)}
  end
  return left
end
function Parser:unary()
  if self:accept("-") then return {"neg", self:unary()} end
  return self:primary()
end
function Parser:primary()
  local t = self:next()
  if t.kind == "num" then return {"num", t.value} end
  if t.value == "(" then local e = self:expression(); self:expect(")"); return e end
  if t.kind == "name" then
    if self:accept("(") then
      local args = {}
      if not self:accept(")") then
        repeat args[#args + 1] = self:expression() until not self:accept(",")
        self:expect(")")
      end
      return {"call", t.value, args}
    end
    return {"var", t.value}
  end
  error("unexpected token '" .. tostring(t.value) .. "'", 0)
end
function Parser:statement()
  local t = self:peek()
  if t.value == "def" then
    self:next()
    local name = self:next().value
    self:expect("(")
    local params = {}
    if not self:accept(")") then
      repeat params[#params + 1] = self:next().value until not self:accept(",")
      self:expect(")")
    end
    self:expect("=")
    return {"def", name, params, self:expression()}
  end
  if t.kind == "name" and self.tokens[self.i + 1].value == "=" then
    self:next(); self:next()
    return {"set", t.value, self:expression()}
  end
  return {"expr", self:expression()}
end
function Parser:program()
  local stmts = {}
  while self:peek().kind ~= "eof" do
    stmts[#stmts + 1] = self:statement()
    if not self:accept(";") then break end
  end
  if self:peek().kind ~= "eof" then error("unexpected '" .. self:peek().value .. "' after statement", 0) end
  return stmts
end

local ops = {
  ["+"] = function(a, b) return a + b end, ["-"] = function(a, b) return a - b end,
  ["*"] = function(a, b) return a * b end, ["%"] = function(a, b) return a % b end,
  ["/"] = function(a, b) if b == 0 then error("division by zero", 0) end return a / b end,
  ["=="] = function(a, b) return a == b and 1 or 0 end, ["!="] = function(a, b) return a ~= b and 1 or 0 end,
  ["<"] = function(a, b) return a < b and 1 or 0 end, [">"] = function(a, b) return a > b and 1 or 0 end,
  ["<="] = function(a, b) return a <= b and 1 or 0 end, [">="] = function(a, b) return a >= b and 1 or 0 end,
}
local function eval(node, env, funcs)
  local kind = node[1]
  if kind == "num" then return node[2]
  elseif kind == "var" then
    local v = env[node[2]]
    if v == nil then error("undefined variable " .. node[2], 0) end
    return v
  elseif kind == "neg" then return -eval(node[2], env, funcs)
  elseif kind == "bin" then return ops[node[2]](eval(node[3], env, funcs), eval(node[4], env, funcs))
  elseif kind == "if" then
    if eval(node[2], env, funcs) ~= 0 then return eval(node[3], env, funcs) end
    return eval(node[4], env, funcs)
  elseif kind == "call" then
    local f = funcs[node[2]]
    if not f then error("undefined function " .. node[2], 0) end
    if #node[3] ~= #f.params then error(node[2] .. " expects " .. #f.params .. " arguments", 0) end
    local local_env = setmetatable({}, {__index = env})
    for i, p in ipairs(f.params) do local_env[p] = eval(node[3][i], env, funcs) end
    return eval(f.body, local_env, funcs)
  end
  error("bad node " .. tostring(kind), 0)
end
local function run(src)
  local env, funcs, result = {}, {}, nil
  for _, stmt in ipairs(Parser.new(tokenize(src)):program()) do
    if stmt[1] == "def" then funcs[stmt[2]] = {params = stmt[3], body = stmt[4]}
    elseif stmt[1] == "set" then env[stmt[2]] = eval(stmt[3], env, funcs); result = env[stmt[2]]
    else result = eval(stmt[2], env, funcs) end
  end
  return result
end

local programs = {
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "-4 - -2",
  "x = 10; y = x * x; y - x",
  "def sq(n) = n * n; sq(7) + sq(1)",
  "def fact(n) = n <= 1 ? 1 : n * fact(n - 1); fact(10)",
  "def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2); fib(15)",
  "def gcd(a, b) = b == 0 ? a : gcd(b, a % b); gcd(1071, 462)",
  "7 / 2",
  "1 / 0",
  "undefined + 1",
  "nofunc(1)",
  "def f(a) = a; f(1, 2)",
  "1 + * 2",
  "(1 + 2",
  "3 $ 4",
  "1 2",
}
for _, src in ipairs(programs) do print(src, "=>", pcall(run, src)) end
