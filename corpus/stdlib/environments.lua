-- getfenv and setfenv: per-function global tables in Lua 5.1.
local env = {print = print, tostring = tostring}
local function reads_global() return who_am_i end
who_am_i = "global value"
print(reads_global())
env.who_am_i = "sandbox value"
setfenv(reads_global, env)
print(reads_global(), who_am_i)
print(getfenv(reads_global) == env, getfenv(print) == _G, getfenv(0) == _G, getfenv() == _G)
local function sets_global() new_global = "written" end
setfenv(sets_global, env)
sets_global()
print(new_global, env.new_global)
local function change_own_env()
  setfenv(1, {result = "from private env"})
  return result
end
print(change_own_env(), result)
local function level2_env() return getfenv(2) end
local function caller() local e = level2_env() return e end
setfenv(caller, env)
print(caller() == env)
local function tail_caller() return level2_env() end
print(pcall(tail_caller))
print(pcall(setfenv, print, {}))
print(pcall(setfenv, 100, {}))
print(pcall(getfenv, 100))
print(pcall(getfenv, -1))
print(pcall(setfenv, reads_global, nil))
print(setfenv(reads_global, _G) == reads_global, reads_global())
local chunk = loadstring("return x_in_chunk")
x_in_chunk = "global x"
print(chunk())
setfenv(chunk, {x_in_chunk = "env x"})
print(chunk())
