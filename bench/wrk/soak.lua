-- The soak's scenario: scenario.lua's requests, with every answer checked against the run's "allow=" list. wrk calls
-- response() only when a script defines one, and parsing each answer for it costs the main runs' measurements, so only this
-- script does.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "scenario.lua")

function response(status)
  if unexpected ~= nil and status >= 400 and not allowed[status] then unexpected = unexpected + 1 end
end
