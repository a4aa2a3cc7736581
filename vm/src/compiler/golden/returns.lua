local function a() return end
local function b() return 1 end
local function c(x) return x end
local function d(x, y) return x, y end
local function e(...) return ... end
local function f(...) return 1, ... end
local function g() return g() end
local function h(t) return t:m() end
local function i() return (g()) end
local function j() return nil end
return a, b
