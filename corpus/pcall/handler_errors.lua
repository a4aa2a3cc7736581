-- What happens when the xpcall handler itself fails or is not a function.
print(xpcall(function() error("original") end, function(e) error("handler broke") end))
print(xpcall(function() error("original") end, 42))
print(xpcall(function() error("original") end, nil))
print(xpcall(function() return "no error" end, 42))
print(xpcall(function() local t = {} return t.x.y end, function(e) return e:upper() end))
print(xpcall(function() error({}) end, function(e) return e.x.y end))
