-- Building text efficiently: a buffer object, indentation, HTML escaping and a report.
local Buffer = {}
Buffer.__index = Buffer
function Buffer.new() return setmetatable({parts = {}, indent = 0}, Buffer) end
function Buffer:add(...)
  for i = 1, select("#", ...) do self.parts[#self.parts + 1] = tostring((select(i, ...))) end
  return self
end
function Buffer:line(fmt, ...)
  self:add(string.rep("  ", self.indent), string.format(fmt, ...), "\n")
  return self
end
function Buffer:push() self.indent = self.indent + 1 return self end
function Buffer:pop() self.indent = self.indent - 1 return self end
function Buffer:result() return table.concat(self.parts) end

local function escape_html(s)
  return (s:gsub("[<>&\"']", {["<"] = "&lt;", [">"] = "&gt;", ["&"] = "&amp;", ['"'] = "&quot;", ["'"] = "&#39;"}))
end

local function render(node, buf)
  if type(node) == "string" then buf:line("%s", escape_html(node)) return end
  local attrs = {}
  local names = {}
  for k in pairs(node.attrs or {}) do names[#names + 1] = k end
  table.sort(names)
  for _, k in ipairs(names) do attrs[#attrs + 1] = string.format(' %s="%s"', k, escape_html(node.attrs[k])) end
  buf:line("<%s%s>", node.tag, table.concat(attrs))
  buf:push()
  for _, child in ipairs(node) do render(child, buf) end
  buf:pop()
  buf:line("</%s>", node.tag)
end

local page = {tag = "ul", attrs = {class = "list", id = "main"},
  {tag = "li", "first & foremost"},
  {tag = "li", attrs = {title = 'say "hi"'}, "<second>"},
  {tag = "li", {tag = "b", "bold"}, "tail"},
}
local buf = Buffer.new()
render(page, buf)
local html = buf:result()
print(html)
print(#html, select(2, html:gsub("\n", "")))

local report = Buffer.new()
report:line("%-8s|%6s|%6s", "name", "score", "pct"):line("%s", string.rep("-", 22))
local scores = {{"ann", 45}, {"bob", 38}, {"cy", 50}}
local total = 0
for _, s in ipairs(scores) do total = total + s[2] end
for _, s in ipairs(scores) do report:line("%-8s|%6d|%5.1f%%", s[1], s[2], 100 * s[2] / total) end
print(report:result())

local acc = Buffer.new()
for i = 1, 1000 do acc:add(i % 10) end
local s = acc:result()
print(#s, s:sub(1, 20), s:sub(-10))
return #html
