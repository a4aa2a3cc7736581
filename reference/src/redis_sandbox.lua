-- The Redis 7.0 script environment over PUC-Rio Lua 5.1, for the reference engine.
-- Called once per run with the host's functions; builds the `redis` table, Redis's `pcall`,
-- `math.random`, the error handler, the refusal of bytecode and the read-only globals.
-- Redis's API functions are C functions: each function of this chunk that a script can reach
-- is wrapped by `host.c_function` in a C closure that calls it, so calls to it are never tail
-- calls and frames look as they do in Redis. Inside such a function, level 2 is the wrapper
-- and level 3 the caller. Returns the function that turns a script's result into a reply.
local host = ...
local c_function = host.c_function

local error, type, select, tostring, tonumber, ipairs = error, type, select, tostring, tonumber, ipairs
local raw_rawset, raw_rawget, raw_setmetatable = rawset, rawget, setmetatable
local raw_pcall, raw_loadstring = pcall, loadstring
local string_format, string_byte, string_sub, string_find, string_match, table_concat =
  string.format, string.byte, string.sub, string.find, string.match, table.concat
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

function redis.set_repl(...)
  if select("#", ...) ~= 1 then
    error(api_error("redis.set_repl() requires one argument."))
  end
  local flags = tonumber((...))
  if not flags or flags < 0 or flags > 3 then
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

function load(reader, chunk_name)
  if type(reader) ~= "function" then
    bad_argument(2, 1, "function expected, got " .. (reader == nil and "no value" or type(reader)))
  end
  local pieces = {}
  while true do
    local piece = reader()
    if piece == nil or piece == "" then
      break
    end
    if type(piece) ~= "string" then
      return nil, "reader function must return a string"
    end
    pieces[#pieces + 1] = piece
  end
  local text = table_concat(pieces)
  if string_byte(text, 1) == 27 then
    return refuse_bytecode(chunk_name or "=(load)")
  end
  return raw_loadstring(text, chunk_name or "=(load)")
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

-- Read-only tables: new keys are refused (existing keys are not protected here, see the
-- reference's documentation), rawset and setmetatable refuse them too.
local readonly = {}
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

for _, t in ipairs({ redis, string, table, math, coroutine }) do
  readonly[t] = true
  raw_setmetatable(t, { __newindex = readonly_error })
end
readonly[_G] = true

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

-- A script's result as a flat list of (kind, payload) pairs, depth first, the way Redis's
-- luaReplyToRedisReply reads it (raw fields, arrays up to the first nil). Done in Lua so
-- that deeply nested results need no host references.
local DEPTH_LIMIT = host.reply_depth_limit
local STACK_LIMIT_ERROR = "ERR reached lua stack limit"
local rawget, next = rawget, next

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

return encode_reply
