browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

#browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

`browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

`browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

,browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

`browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

`browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

?browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

=browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

3browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

=browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

=browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

=browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

jbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

xbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

xbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

|browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

|browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

qbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

qbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

xbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

'browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

[browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

]browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

'browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

#browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

'browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

qbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

6browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

2browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

=browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

=browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

0browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

1browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

0browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

#browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

'browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

;browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

@browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

xbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

|browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

|browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

{browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

>browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

\browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

qbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

>browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

2browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

>browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

1browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

|browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

|browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

qbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

>browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

dbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

;browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

}browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

|browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

|browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

\browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

"browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

gbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

;browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

"browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

wbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

qbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ybrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

&browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ubrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

hbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

xbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

$browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

(browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Bbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Ibrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

Nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

)browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

/browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

cbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

lbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

:browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

kbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

abrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

sbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

tbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

obrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

pbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

	browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

mbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

-browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

fbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

 browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

.browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

nbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

rbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

vbrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

ebrowsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"


browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

