-- The Redis 7.0 script environment over PUC-Rio Lua 5.1, for the reference engine.
-- Called once per run with the host's functions; builds the `redis` table, Redis's `pcall`,
-- `math.random`, the error handler, the refusal of bytecode and the read-only globals.
-- Redis's API functions are C functions: each function of this chunk that a script can reach
-- is wrapped by `host.c_function` in a C closure that calls it, so calls to it are never tail
-- calls and frames look as they do in Redis. Inside such a function, level 2 is the wrapper
-- and level 3 the caller. Returns the function that turns a script's result into a reply, and
-- the table the script must see as its globals.
local host = ...
local c_function = host.c_function

local error, type, select, tostring, tonumber, ipairs = error, type, select, tostring, tonumber, ipairs
local raw_rawset, raw_rawget, raw_setmetatable = rawset, rawget, setmetatable
local raw_pcall, raw_loadstring, raw_load = pcall, loadstring, load
local string_format, string_byte, string_sub, string_find, string_match =
  string.format, string.byte, string.sub, string.find, string.match
local math_floor = math.floor
local getinfo, raw_getmetatable = debug.getinfo, debug.getmetatable
local INTERNAL = host.chunk_name

-- Error tables as Redis builds them for errors of its own API, bad command arguments included.
local function api_error(message)
  return { err = "ERR " .. message }
end

-- Error tables for errors a command replied: Redis marks them as already counted in its
-- error statistics.
local function command_error(message)
  return { err = message, ignore_error_stats_update = true }
end

-- Arguments of redis.call/pcall: strings as they are, numbers as %.17g.
local function command_arguments(...)
  local count = select("#", ...)
  if count == 0 then
    return nil, "Please specify at least one argument for this redis lib call"
  end
  local arguments = {}
  for index = 1, count do
    local value = select(index, ...)
    local kind = type(value)
    if kind == "number" then
      arguments[index] = string_format("%.17g", value)
    elseif kind == "string" then
      arguments[index] = value
    else
      return nil, "Lua redis lib command arguments must be strings or integers"
    end
  end
  return arguments
end

local redis = {}

function redis.call(...)
  local arguments, problem = command_arguments(...)
  if not arguments then
    error(api_error(problem))
  end
  local ok, value = host.execute(false, arguments)
  if not ok then
    error(command_error(value))
  end
  return value
end

function redis.pcall(...)
  local arguments, problem = command_arguments(...)
  if not arguments then
    return api_error(problem)
  end
  local ok, value = host.execute(true, arguments)
  if not ok then
    return command_error(value)
  end
  return value
end

-- redis.error_reply: Redis reads the text as a C string, so it ends at the first NUL. The text
-- up to the first space is the error code (a leading '-' is dropped); a text without a space is
-- a message with the code ERR. Line breaks at either end of the message (not the code) go.
function redis.error_reply(...)
  local message = ...
  if select("#", ...) ~= 1 or type(message) ~= "string" then
    return api_error("wrong number or type of arguments")
  end
  message = string_match(message, "^[^%z]*")
  if string_sub(message, 1, 1) == "-" then
    message = string_sub(message, 2)
  end
  local space = string_find(message, " ", 1, true)
  local code, rest = "ERR", message
  if space then
    code, rest = string_sub(message, 1, space - 1), string_sub(message, space + 1)
  end
  return { err = code .. " " .. string_match(rest, "^[\r\n]*(.-)[\r\n]*$") }
end

function redis.status_reply(...)
  local message = ...
  if select("#", ...) ~= 1 or type(message) ~= "string" then
    return api_error("wrong number or type of arguments")
  end
  return { ok = message }
end

function redis.sha1hex(...)
  if select("#", ...) ~= 1 then
    error(api_error("wrong number of arguments"))
  end
  local text = ...
  if type(text) ~= "string" and type(text) ~= "number" then
    text = ""
  end
  return host.sha1hex(tostring(text))
end

redis.LOG_DEBUG, redis.LOG_VERBOSE, redis.LOG_NOTICE, redis.LOG_WARNING = 0, 1, 2, 3

function redis.log(...)
  if select("#", ...) < 2 then
    error(api_error("redis.log() requires two arguments or more."))
  end
  local level = ...
  if type(level) ~= "number" then
    error(api_error("First argument must be a number (log level)."))
  end
  if level < 0 or level > 3 then
    error(api_error("Invalid debug level."))
  end
end

function redis.setresp(...)
  if select("#", ...) ~= 1 then
    error(api_error("redis.setresp() requires one argument."))
  end
  local version = tonumber((...))
  if version ~= 2 and version ~= 3 then
    error(api_error("RESP version must be 2 or 3."))
  end
  host.setresp(version)
end

redis.REPL_NONE, redis.REPL_AOF, redis.REPL_SLAVE, redis.REPL_REPLICA, redis.REPL_ALL =
  0, 1, 2, 2, 3

-- Redis's wording for a wrong argument count says "two"; the flags are read with
-- lua_tointeger, so what is not a number is 0 (REPL_NONE) and fractions are truncated (NaN
-- converts to the smallest integer on x86-64).
function redis.set_repl(...)
  if select("#", ...) ~= 1 then
    error(api_error("redis.set_repl() requires two arguments."))
  end
  local flags = tonumber((...)) or 0
  if flags < 0 then
    flags = -math_floor(-flags)
  else
    flags = math_floor(flags)
  end
  if flags ~= flags or flags < 0 or flags > 3 then
    error(api_error("Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE."))
  end
end

function redis.replicate_commands()
  return true
end

function redis.breakpoint()
  return false
end

function redis.debug()
end

-- Scripts run as the default user, who may run every command: the answer is true for every
-- command of Redis's table, an error for anything else.
function redis.acl_check_cmd(...)
  local arguments, problem = command_arguments(...)
  if not arguments then
    error(api_error(problem))
  end
  if not host.command_exists(arguments) then
    error(api_error("Invalid command passed to redis.acl_check_cmd()"))
  end
  return true
end

redis.REDIS_VERSION = host.redis_version
redis.REDIS_VERSION_NUM = host.redis_version_num

-- Redis's pcall: an error table with a string `err` field becomes that string.
local function pcall_result(ok, ...)
  if ok then
    return true, ...
  end
  local problem = ...
  if type(problem) == "table" then
    local message = problem.err
    if type(message) == "string" or type(message) == "number" then
      return false, message
    end
  end
  return false, problem
end

-- Redis's pcall keeps its result below the arguments, as a `true` placeholder, and calls the
-- value above it: with no arguments that is the placeholder itself, which fails to be called
-- instead of raising Lua's "value expected".
function pcall(...)
  if select("#", ...) == 0 then
    return pcall_result(raw_pcall(true))
  end
  return pcall_result(raw_pcall(...))
end

-- luaL_argerror's message for the C function at `level` (relative to the caller of this).
local function bad_argument(level, index, problem)
  local info = getinfo(level + 1, "n")
  local name = info and info.name or "?"
  error(string_format("bad argument #%d to '%s' (%s)", index, name, problem), level + 2)
end

local function type_problem(expected, value, present)
  return expected .. " expected, got " .. (present and type(value) or "no value")
end

-- Redis runs scripts on a Lua that refuses bytecode: a binary chunk is read as text, whose
-- first byte (ESC) is an unexpected symbol.
local function refuse_bytecode(chunk_name)
  local _, message = raw_loadstring("\1", chunk_name)
  return nil, (message:gsub("'char%(1%)'$", "'char(27)'"))
end

function loadstring(text, chunk_name)
  if type(text) == "string" and string_byte(text, 1) == 27 then
    return refuse_bytecode(chunk_name or text)
  end
  return raw_loadstring(text, chunk_name)
end

-- Lua 5.1's own load, which calls the reader only as the parser needs more text (and accepts
-- numbers from it); only a leading ESC is changed, into another byte that is an unexpected
-- symbol as well, because the stock load would read the chunk as bytecode instead.
function load(reader, chunk_name)
  if type(reader) ~= "function" then
    bad_argument(2, 1, "function expected, got " .. (reader == nil and "no value" or type(reader)))
  end
  local first = true
  local binary = false
  local function read()
    local piece = reader()
    if first then
      first = false
      if type(piece) == "string" and string_byte(piece, 1) == 27 then
        binary = true
        return "\1" .. string_sub(piece, 2)
      end
    end
    return piece
  end
  local loaded, message = raw_load(read, chunk_name)
  if binary and not loaded then
    message = message:gsub("'char%(1%)'$", "'char(27)'")
  end
  return loaded, message
end

-- Redis's math.random and math.randomseed, over its own rand48 generator.
local function integer_argument(index, value, present)
  local number = tonumber(value)
  if number == nil then
    bad_argument(3, index, type_problem("number", value, present))
  end
  -- luaL_checkint truncates toward zero on x86-64.
  if number < 0 then
    return -math_floor(-number)
  end
  return math_floor(number)
end

function math.random(...)
  local r = host.random()
  local count = select("#", ...)
  if count == 0 then
    return r
  elseif count == 1 then
    local upper = integer_argument(1, (...), true)
    if upper < 1 then
      bad_argument(2, 1, "interval is empty")
    end
    return math_floor(r * upper) + 1
  elseif count == 2 then
    local lower = integer_argument(1, (...), true)
    local upper = integer_argument(2, (select(2, ...)), true)
    if lower > upper then
      bad_argument(2, 2, "interval is empty")
    end
    return math_floor(r * (upper - lower + 1)) + lower
  end
  error("wrong number of arguments", 3)
end

function math.randomseed(...)
  local seed = ...
  if tonumber(seed) == nil then
    bad_argument(2, 1, type_problem("number", seed, select("#", ...) > 0))
  end
  host.randomseed(tonumber(seed))
end

-- The message handler Redis installs: where the error happened, and an error table. Redis
-- takes the function that raised (level 2 from the handler) or, when that is a C function,
-- its caller. The stand-ins for Redis's C functions are several frames deep (the raising C
-- function, this chunk's Lua function, the C wrapper), so they are skipped together.
local function error_position()
  local first = getinfo(3, "nSl")
  if not first or (first.what ~= "C" and first.source ~= INTERNAL) then
    return first
  end
  local second = getinfo(4, "nSl")
  if first.source ~= INTERNAL and not (second and second.source == INTERNAL) then
    return second
  end
  local level = 4
  while true do
    local info = getinfo(level, "nSl")
    if not info or (info.what ~= "C" and info.source ~= INTERNAL) then
      return info
    end
    level = level + 1
  end
end

local function error_handler(err)
  local info = error_position()
  if type(err) ~= "table" then
    err = { err = "ERR " .. tostring(err) }
  end
  if info then
    err.source = info.source
    err.line = info.currentline
  end
  return err
end
__redis__err__handler = error_handler

_G.redis = redis
KEYS, ARGV = host.keys, host.argv

-- What Redis removes.
for _, name in ipairs({ "print", "dofile", "loadfile", "require", "module", "setfenv",
                        "getfenv", "newproxy", "debug", "os", "io", "package" }) do
  raw_rawset(_G, name, nil)
end

-- Read-only tables. Redis 7 refuses every write to them, to existing keys as well as new ones;
-- Lua 5.1 has no such flag, so a script sees each of them through an empty proxy: reads fall
-- through to the real table (the proxy's __index) and every assignment reaches __newindex and
-- fails. rawget, rawset, next, pairs and setmetatable see through a proxy (`real_of`) as Redis's
-- see the table itself.
local readonly, real_of = {}, {}
local raw_next = next
local readonly_error = c_function(function()
  error("Attempt to modify a readonly table", 3)
end)

for name, value in next, redis do
  if type(value) == "function" then
    redis[name] = c_function(value)
  end
end
math.random, math.randomseed = c_function(math.random), c_function(math.randomseed)
pcall, loadstring, load = c_function(pcall), c_function(loadstring), c_function(load)

local function protect(t)
  local proxy = {}
  raw_setmetatable(proxy, { __index = t, __newindex = readonly_error })
  real_of[proxy] = t
  readonly[proxy], readonly[t] = true, true
  return proxy
end

local function see_through(t)
  return real_of[t] or t
end

local function check_table(t, count)
  if type(t) ~= "table" then
    bad_argument(3, 1, type_problem("table", t, count > 0))
  end
end

local function next_through(...)
  check_table((...), select("#", ...))
  return raw_next(see_through((...)), (select(2, ...)))
end
next = c_function(next_through)
-- Lua 5.1's pairs returns its own closure of next, not the global one.
local pairs_iterator = c_function(next_through)

pairs = c_function(function(...)
  check_table((...), select("#", ...))
  return pairs_iterator, (...), nil
end)

rawget = c_function(function(...)
  local t = ...
  local count = select("#", ...)
  check_table(t, count)
  if count < 2 then
    bad_argument(2, 2, "value expected")
  end
  return raw_rawget(see_through(t), (select(2, ...)))
end)

-- rawset and setmetatable check their arguments here, as Redis's C functions do before they
-- reach its read-only check: the originals, called from this chunk, would blame this chunk's
-- line and their local names.
rawset = c_function(function(...)
  local t, key = ...
  local count = select("#", ...)
  if type(t) ~= "table" then
    bad_argument(2, 1, type_problem("table", t, count > 0))
  elseif count < 2 then
    bad_argument(2, 2, "value expected")
  elseif count < 3 then
    bad_argument(2, 3, "value expected")
  end
  if readonly[t] then
    error("Attempt to modify a readonly table", 0)
  end
  return raw_rawset(t, key, (select(3, ...)))
end)

setmetatable = c_function(function(...)
  local t, metatable = ...
  local count = select("#", ...)
  if type(t) ~= "table" then
    bad_argument(2, 1, type_problem("table", t, count > 0))
  elseif count < 2 or (metatable ~= nil and type(metatable) ~= "table") then
    bad_argument(2, 2, "nil or table expected")
  end
  local current = raw_getmetatable(t)
  if current and raw_rawget(current, "__metatable") ~= nil then
    error("cannot change a protected metatable", 3)
  end
  if readonly[t] then
    error("Attempt to modify a readonly table", 0)
  end
  return raw_setmetatable(t, metatable)
end)

raw_setmetatable(_G, {
  __index = c_function(function(_, name)
    error("Script attempted to access nonexistent global variable '" .. tostring(name) .. "'", 3)
  end),
  __newindex = readonly_error,
})

local globals = _G
for _, name in ipairs({ "redis", "string", "table", "math", "coroutine" }) do
  raw_rawset(globals, name, protect(raw_rawget(globals, name)))
end
-- String methods come from the proxy too, so getmetatable("").__index == string holds.
raw_getmetatable("").__index = raw_rawget(globals, "string")
-- The script's globals: the host makes this proxy the globals table of the state, so the script,
-- the chunks it loads and the coroutines it makes all see it.
local globals_proxy = protect(globals)
raw_rawset(globals, "_G", globals_proxy)

-- A script's result as a flat list of (kind, payload) pairs, depth first, the way Redis's
-- luaReplyToRedisReply reads it (raw fields, arrays up to the first nil). Done in Lua so
-- that deeply nested results need no host references.
local DEPTH_LIMIT = host.reply_depth_limit
local STACK_LIMIT_ERROR = "ERR reached lua stack limit"
local rawget, next = raw_rawget, raw_next

local function encode_reply(value)
  local out, n = {}, 0
  local function put(kind, payload)
    out[n + 1], out[n + 2] = kind, payload
    n = n + 2
  end
  local function count_entries(t)
    local count = 0
    for _ in next, t do
      count = count + 1
    end
    return count
  end
  local function encode(v, depth)
    local kind = type(v)
    if kind == "string" then
      put("bulk", v)
    elseif kind == "number" then
      put("integer", v)
    elseif kind == "boolean" then
      put(v and "integer" or "nil", v and 1 or false)
    elseif kind == "table" then
      if depth > DEPTH_LIMIT then
        put("error", STACK_LIMIT_ERROR)
        return
      end
      local field = rawget(v, "err")
      if type(field) == "string" then
        put("error", field)
        return
      end
      field = rawget(v, "ok")
      if type(field) == "string" then
        put("status", field)
        return
      end
      field = rawget(v, "double")
      if type(field) == "number" then
        put("double", field)
        return
      end
      field = rawget(v, "big_number")
      if type(field) == "string" then
        put("big_number", field)
        return
      end
      field = rawget(v, "map")
      if type(field) == "table" then
        put("map", count_entries(field))
        for key, item in next, field do
          encode(key, depth + 1)
          encode(item, depth + 1)
        end
        return
      end
      field = rawget(v, "set")
      if type(field) == "table" then
        put("set", count_entries(field))
        for member in next, field do
          encode(member, depth + 1)
        end
        return
      end
      local count = 0
      while rawget(v, count + 1) ~= nil do
        count = count + 1
      end
      put("array", count)
      for index = 1, count do
        encode(rawget(v, index), depth + 1)
      end
    else
      put("nil", false)
    end
  end
  encode(value, 1)
  return out, n
end

return encode_reply, globals_proxy
