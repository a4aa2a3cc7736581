-- @colour: red
return 1
