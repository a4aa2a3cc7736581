-- This file is not UTF-8: ÿþ in a comment.
local s = "été"
return s, #s
