# A command kubectl does not have gets cobra's error and its suggestions (within two edits,
# by prefix, or named by a command's SuggestFor), as kubectl v1.32.4 prints them; a real
# command Shipyard does not simulate says so, and what to use instead.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl gett pods
Error: unknown command "gett" for "kubectl"

Did you mean this?
	set
	get

? 1
$ kubectl descibe pod web
Error: unknown command "descibe" for "kubectl"

Did you mean this?
	describe

? 1
$ kubectl ps
Error: unknown command "ps" for "kubectl"

Did you mean this?
	get
	cp
	wait

? 1
$ kubectl rm pod web
Error: unknown command "rm" for "kubectl"

Did you mean this?
	run
	delete
	cp

? 1
$ kubectl ap
Error: unknown command "ap" for "kubectl"

Did you mean this?
	top
	cp
	apply
	api-versions
	api-resources

? 1
$ kubectl frobnicate
Error: unknown command "frobnicate" for "kubectl"
? 1
$ kubectl auth can-i create pods
error: kubectl auth is not simulated; in this sandbox you are the cluster's admin (kubernetes-admin), allowed everything.
? 1
