-- Escape sequences in short strings, shown as bytes so nothing is hidden by the terminal.
local function bytes(s)
  local out = {}
  for i = 1, #s do out[#out + 1] = string.byte(s, i) end
  return #s .. ":" .. table.concat(out, ",")
end
print(bytes("\a\b\f\n\r\t\v"))
print(bytes("\\\"\'"))
print(bytes('\'"'))
print(bytes("\0\00\000"))
print(bytes("\1\12\123\1234"))
print(bytes("\65\066\0679"))
print(bytes("\255\254"))
print(bytes("a\
b"))
print(bytes("\q\z\y"))
print(bytes("tab\there"))
print("quote: \"inner\" and 'single'")
print('single: \'inner\' and "double"')
print(#"\0abc\0", ("\0abc\0"):byte(1, -1))
print("\72\101\108\108\111")
return "\65\66\67", "x\0y"
