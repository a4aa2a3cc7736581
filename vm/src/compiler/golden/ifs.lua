if a then x = 1 end
if a then x = 1 else x = 2 end
if a then x = 1 elseif b then x = 2 elseif c then x = 3 else x = 4 end
if nil then x = 5 end
if true then x = 6 end
if 1 then x = 7 end
if a == 1 then elseif a == 2 then end
