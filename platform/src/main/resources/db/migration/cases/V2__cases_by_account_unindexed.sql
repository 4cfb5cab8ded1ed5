-- An applicant's cases are found through their applications (cases.application by account_id, then cases.case_file by
-- application_id); no query looks a case up by its account. The index on (account_id, submitted_at) was kept up to date
-- by every case filed for nothing.
drop index cases.case_account;
