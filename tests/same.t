# Every tool's output on samples/, the test data and the corpus is the
# same as the checksums in tests/same.sum say (see tests/same.sh).

=== every output as before
$ sh tests/same.sh
> same: every output as before
