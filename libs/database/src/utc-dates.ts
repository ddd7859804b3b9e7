import { defaults } from 'pg';

// node-postgres writes a Date as a time in the process's local zone with the offset cut to whole minutes. Old
// dates carry local mean time offsets with seconds (New York in year 1 is -04:56:02), so away from UTC
// 0001-01-01T00:00:00Z was stored as 1 BC. Written in UTC, every Date is stored as the instant it is.
defaults.parseInputDatesAsUTC = true;
