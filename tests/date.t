=== when: full dates
$ datetest
< when 2027-03-15
< when 2027-03-15.
< when 2027-03-15,
< when 2027-03-15)
< when 2027-03-15x
< when 2027-03-155
< when 2027-03-15-01
< when 2027-03-1
< when 2027-02-30
< when 2027-04-31
< when 2027-04-30
< when 2027-00-10
< when 2027-12-32
< when 0000-01-01
< when 9999-12-31
> when 2027-03-15 -> ok 2027-03-15 used=10
> when 2027-03-15. -> ok 2027-03-15 used=10
> when 2027-03-15, -> ok 2027-03-15 used=10
> when 2027-03-15) -> ok 2027-03-15 used=10
> when 2027-03-15x -> none
> when 2027-03-155 -> none
> when 2027-03-15-01 -> none
> when 2027-03-1 -> none
> when 2027-02-30 -> bad "2027-02-30" used=10
> when 2027-04-31 -> bad "2027-04-31" used=10
> when 2027-04-30 -> ok 2027-04-30 used=10
> when 2027-00-10 -> bad "2027-00-10" used=10
> when 2027-12-32 -> bad "2027-12-32" used=10
> when 0000-01-01 -> bad "0000-01-01" used=10
> when 9999-12-31 -> ok 9999-12-31 used=10

=== when: leap days
$ datetest
< when 2024-02-29
< when 2023-02-29
< when 2000-02-29
< when 1900-02-29
< when 2100-02-29
< when 2024-02
< when 2023-02
< when 2000-02
< when 1900-02
< when Feb 2024
< when Feb 2023
> when 2024-02-29 -> ok 2024-02-29 used=10
> when 2023-02-29 -> bad "2023-02-29" used=10
> when 2000-02-29 -> ok 2000-02-29 used=10
> when 1900-02-29 -> bad "1900-02-29" used=10
> when 2100-02-29 -> bad "2100-02-29" used=10
> when 2024-02 -> ok 2024-02-29 used=7
> when 2023-02 -> ok 2023-02-28 used=7
> when 2000-02 -> ok 2000-02-29 used=7
> when 1900-02 -> ok 1900-02-28 used=7
> when Feb 2024 -> ok 2024-02-29 used=8
> when Feb 2023 -> ok 2023-02-28 used=8

=== when: months
$ datetest
< when 2027-03
< when 2027-04
< when 2027-12
< when 2027-01.
< when 2027-13
< when 2027-00
< when 2027-3
< when 2027-003
< when 2027-03x
> when 2027-03 -> ok 2027-03-31 used=7
> when 2027-04 -> ok 2027-04-30 used=7
> when 2027-12 -> ok 2027-12-31 used=7
> when 2027-01. -> ok 2027-01-31 used=7
> when 2027-13 -> bad "2027-13" used=7
> when 2027-00 -> bad "2027-00" used=7
> when 2027-3 -> none
> when 2027-003 -> none
> when 2027-03x -> none

=== when: quarters
$ datetest
< when 2027-Q1
< when 2027-Q2
< when 2027-Q3
< when 2027-Q4
< when 2027-q2
< when 2027-Q5
< when 2027-Q0
< when 2027-Q12
< when 2027-Q
< when Q1 2027
< when q3 2027
< when Q4   2027
< when Q2 2024,
< when Q0 2027
< when Q5 2027
< when Q12 2027
< when Q3
< when Q3 20271
< when Q3 2027x
< when Q32027
> when 2027-Q1 -> ok 2027-03-31 used=7
> when 2027-Q2 -> ok 2027-06-30 used=7
> when 2027-Q3 -> ok 2027-09-30 used=7
> when 2027-Q4 -> ok 2027-12-31 used=7
> when 2027-q2 -> ok 2027-06-30 used=7
> when 2027-Q5 -> bad "2027-Q5" used=7
> when 2027-Q0 -> bad "2027-Q0" used=7
> when 2027-Q12 -> none
> when 2027-Q -> none
> when Q1 2027 -> ok 2027-03-31 used=7
> when q3 2027 -> ok 2027-09-30 used=7
> when Q4   2027 -> ok 2027-12-31 used=9
> when Q2 2024, -> ok 2024-06-30 used=7
> when Q0 2027 -> bad "Q0 2027" used=7
> when Q5 2027 -> bad "Q5 2027" used=7
> when Q12 2027 -> none
> when Q3 -> none
> when Q3 20271 -> none
> when Q3 2027x -> none
> when Q32027 -> none

=== when: ISO weeks
$ datetest
< when 2027-W01
< when 2027-W1
< when 2027-w5
< when 2025-W01
< when 2026-W53
< when 2020-W53
< when 2015-W53
< when 2025-W53
< when 2027-W53
< when 2027-W54
< when 2027-W00
< when 2027-W0
< when 2027-W5x
< when 2027-W123
< when 2027-W
> when 2027-W01 -> ok 2027-01-10 used=8
> when 2027-W1 -> ok 2027-01-10 used=7
> when 2027-w5 -> ok 2027-02-07 used=7
> when 2025-W01 -> ok 2025-01-05 used=8
> when 2026-W53 -> ok 2027-01-03 used=8
> when 2020-W53 -> ok 2021-01-03 used=8
> when 2015-W53 -> ok 2016-01-03 used=8
> when 2025-W53 -> bad "2025-W53" used=8
> when 2027-W53 -> bad "2027-W53" used=8
> when 2027-W54 -> bad "2027-W54" used=8
> when 2027-W00 -> bad "2027-W00" used=8
> when 2027-W0 -> bad "2027-W0" used=7
> when 2027-W5x -> none
> when 2027-W123 -> none
> when 2027-W -> none

=== when: month names
$ datetest
< when January 2027
< when February 2027
< when March 2027
< when April 2027
< when May 2027
< when June 2027
< when July 2027
< when August 2027
< when September 2027
< when October 2027
< when November 2027
< when December 2027
< when Jan 2027
< when feb 2028
< when MAR 2027
< when Apr. 2027
< when May. 2027
< when Jun 2027
< when Jul. 2027
< when aug 2027
< when Sep 2027
< when Sept 2027
< when Sept. 2027
< when Oct 2027
< when Nov. 2027
< when DEC 2027
< when March    2027.
< when Marching 2027
< when Septem 2027
< when March
< when March 27
< when March 20271
< when Mar.2027
< when March. 2027
< when Mar..2027
< when Smarch 2027
> when January 2027 -> ok 2027-01-31 used=12
> when February 2027 -> ok 2027-02-28 used=13
> when March 2027 -> ok 2027-03-31 used=10
> when April 2027 -> ok 2027-04-30 used=10
> when May 2027 -> ok 2027-05-31 used=8
> when June 2027 -> ok 2027-06-30 used=9
> when July 2027 -> ok 2027-07-31 used=9
> when August 2027 -> ok 2027-08-31 used=11
> when September 2027 -> ok 2027-09-30 used=14
> when October 2027 -> ok 2027-10-31 used=12
> when November 2027 -> ok 2027-11-30 used=13
> when December 2027 -> ok 2027-12-31 used=13
> when Jan 2027 -> ok 2027-01-31 used=8
> when feb 2028 -> ok 2028-02-29 used=8
> when MAR 2027 -> ok 2027-03-31 used=8
> when Apr. 2027 -> ok 2027-04-30 used=9
> when May. 2027 -> ok 2027-05-31 used=9
> when Jun 2027 -> ok 2027-06-30 used=8
> when Jul. 2027 -> ok 2027-07-31 used=9
> when aug 2027 -> ok 2027-08-31 used=8
> when Sep 2027 -> ok 2027-09-30 used=8
> when Sept 2027 -> ok 2027-09-30 used=9
> when Sept. 2027 -> ok 2027-09-30 used=10
> when Oct 2027 -> ok 2027-10-31 used=8
> when Nov. 2027 -> ok 2027-11-30 used=9
> when DEC 2027 -> ok 2027-12-31 used=8
> when March    2027. -> ok 2027-03-31 used=13
> when Marching 2027 -> none
> when Septem 2027 -> none
> when March -> none
> when March 27 -> none
> when March 20271 -> none
> when Mar.2027 -> none
> when March. 2027 -> none
> when Mar..2027 -> none
> when Smarch 2027 -> none

=== when: end of
$ datetest
< when end of 2026
< when END OF 2026.
< when End of March 2027
< when end of Feb 2024
< when end of Q3 2027
< when end of 2027-03
< when end of 2000
< when end of 2027-02-30
< when end of Q5 2027
< when end of
< when end of soon
< when end 2026
< when endof 2026
< when end of2026
< when the end of 2026
> when end of 2026 -> ok 2026-12-31 used=11
> when END OF 2026. -> ok 2026-12-31 used=11
> when End of March 2027 -> ok 2027-03-31 used=17
> when end of Feb 2024 -> ok 2024-02-29 used=15
> when end of Q3 2027 -> ok 2027-09-30 used=14
> when end of 2027-03 -> ok 2027-03-31 used=14
> when end of 2000 -> ok 2000-12-31 used=11
> when end of 2027-02-30 -> bad "end of 2027-02-30" used=17
> when end of Q5 2027 -> bad "end of Q5 2027" used=14
> when end of -> none
> when end of soon -> none
> when end 2026 -> none
> when endof 2026 -> none
> when end of2026 -> none
> when the end of 2026 -> none

=== when: bare years
$ datetest
< when 2027
< when 2027.
< when 2027,
< when 2027)
< when 2027 - 2028
< when 1900
< when 2199
< when 1899
< when 2200
< when 0000
< when 20271
< when 2027x
< when 2000 users
< when 2000%
< when 2000 %
< when 2027 5
< when 2027-ish
< when 2027-2028
< when 202
< when hello
< when  2027
> when 2027 -> ok 2027-12-31 used=4
> when 2027. -> ok 2027-12-31 used=4
> when 2027, -> ok 2027-12-31 used=4
> when 2027) -> ok 2027-12-31 used=4
> when 2027 - 2028 -> ok 2027-12-31 used=4
> when 1900 -> ok 1900-12-31 used=4
> when 2199 -> ok 2199-12-31 used=4
> when 1899 -> none
> when 2200 -> none
> when 0000 -> none
> when 20271 -> none
> when 2027x -> none
> when 2000 users -> none
> when 2000% -> none
> when 2000 % -> none
> when 2027 5 -> none
> when 2027-ish -> none
> when 2027-2028 -> none
> when 202 -> none
> when hello -> none
> when  2027 -> none

=== when: absurd numbers
$ datetest
< when 123456789012345678901234567890
< when 2027-123456789012345678901234567890
< when 2027-03-123456789012345678901234567890
< when 2027-W123456789012345678901234567890
< when 2027-Q123456789012345678901234567890
< when Q123456789012345678901234567890 2027
< when March 123456789012345678901234567890
< when 99999999999999999999-01-01
> when 123456789012345678901234567890 -> none
> when 2027-123456789012345678901234567890 -> none
> when 2027-03-123456789012345678901234567890 -> none
> when 2027-W123456789012345678901234567890 -> none
> when 2027-Q123456789012345678901234567890 -> none
> when Q123456789012345678901234567890 2027 -> none
> when March 123456789012345678901234567890 -> none
> when 99999999999999999999-01-01 -> none

=== when: blanks (tab, NBSP, U+202F)
$ printf 'when Mar\t2027\nwhen Q1\302\240\302\2402027\nwhen Sept.\342\200\2572027\nwhen end\tof\302\240Q2\t2027\nwhen 2027\302\240users\nwhen 2027\t%%\n' | datetest
> when Mar\t2027 -> ok 2027-03-31 used=8
> when Q1\u00a0\u00a02027 -> ok 2027-03-31 used=10
> when Sept.\u202f2027 -> ok 2027-09-30 used=12
> when end\tof\u00a0Q2\t2027 -> ok 2027-06-30 used=15
> when 2027\u00a0users -> none
> when 2027\t% -> none

=== when: consumed text is cut to 23 bytes at a character boundary
$ printf 'when end of          2027-02-30\nwhen end of\302\240\302\240\302\240\302\240\302\240\302\240\302\240\302\240\302\2402027-02-30\n' | datetest
> when end of          2027-02-30 -> bad "end of          2027-02" used=26
> when end of\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a02027-02-30 -> bad "end of\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0" used=34

=== fields: emoji
$ datetest
< fields 📅 2026-01-05
< fields 📅2026-01-05
< fields ✅ 2026-01-04
< fields 🛫 2026-01-01
< fields ⏳ 2026-01-02
< fields ⌛ 2026-01-03
< fields Buy milk 📅 2026-01-05.
< fields buy milk 📅 2026-01-05 ✅2026-01-04 [start:: 2026-01-01]
< fields 🛫 2026-01-01 ⏳ 2026-01-02 📅 2026-01-09 ✅ 2026-01-08
> field due ok 2026-01-05 [0,15)
> field due ok 2026-01-05 [0,14)
> field done ok 2026-01-04 [0,14)
> field start ok 2026-01-01 [0,15)
> field scheduled ok 2026-01-02 [0,14)
> field scheduled ok 2026-01-03 [0,14)
> field due ok 2026-01-05 [9,24)
> field due ok 2026-01-05 [9,24)
> field done ok 2026-01-04 [25,38)
> field start ok 2026-01-01 [39,59)
> field start ok 2026-01-01 [0,15)
> field scheduled ok 2026-01-02 [16,30)
> field due ok 2026-01-09 [31,46)
> field done ok 2026-01-08 [47,61)

=== fields: emoji with bad or missing values
$ datetest
< fields 📅 2026-02-30
< fields 📅 2026-1-5
< fields 📅 soon, then more
< fields 📅 2026-01-05x
< fields 📅 2026-01-05-01
< fields task 📅
< fields task 📅✅ 2026-01-01
< fields 📅 a-very-long-bad-value-that-goes-on-and-on
< fields 📅 ééééééééééééééééé
> field due bad "2026-02-30" [0,15)
> field due bad "2026-1-5" [0,13)
> field due bad "soon," [0,10)
> field due bad "2026-01-05x" [0,16)
> field due bad "2026-01-05-01" [0,18)
> field due bad "" [5,9)
> field due bad "" [5,9)
> field done ok 2026-01-01 [9,23)
> field due bad "a-very-long-bad-value-t" [0,46)
> field due bad "ééééééééééé" [0,39)

=== fields: emoji with variation selector and no-break spaces
$ printf 'fields \360\237\223\205\357\270\217 2026-01-05\nfields \342\234\205\357\270\2172026-01-04\nfields \360\237\233\253\302\2402026-01-01\nfields \342\217\263\342\200\2572026-01-02\nfields \342\214\233\357\270\217\302\240\t 2026-01-03\nfields \360\237\223\205\357\270\217\n' | datetest
> field due ok 2026-01-05 [0,18)
> field done ok 2026-01-04 [0,16)
> field start ok 2026-01-01 [0,16)
> field scheduled ok 2026-01-02 [0,16)
> field scheduled ok 2026-01-03 [0,20)
> field due bad "" [0,7)

=== fields: key:value
$ datetest
< fields due:2026-01-05
< fields Due: 2026-01-05 done:2026-01-06
< fields start:2026-01-01, scheduled:2026-01-02.
< fields DONE:2026-01-06 SCHEDULED:  2026-01-07
< fields (due:2026-01-05)
< fields x-due:2026-01-05
< fields due:2027-02-30
< fields due:2027-2-3
< fields due:2027-03
< fields due:2026-01-05x
< fields due:tomorrow
< fields due: soon
< fields overdue:2026-01-01
< fields restart:2026-01-01
< fields undone:2026-01-01
< fields due:
< fields completion:2026-01-05
> field due ok 2026-01-05 [0,14)
> field due ok 2026-01-05 [0,15)
> field done ok 2026-01-06 [16,31)
> field start ok 2026-01-01 [0,16)
> field scheduled ok 2026-01-02 [18,38)
> field done ok 2026-01-06 [0,15)
> field scheduled ok 2026-01-07 [16,38)
> field due ok 2026-01-05 [1,15)
> field due ok 2026-01-05 [2,16)
> field due bad "2027-02-30" [0,14)
> field due bad "2027-2-3" [0,12)
> field due bad "2027-03" [0,11)
> field due bad "2026-01-05x" [0,15)
> field none
> field none
> field none
> field none
> field none
> field none
> field none

=== fields: Dataview inline fields
$ datetest
< fields [due:: 2026-01-05]
< fields (due:: 2026-01-05)
< fields [completion:: 2026-01-05]
< fields [Completion::2026-01-05]
< fields [start::   2026-01-01   ]
< fields (scheduled:: 2026-01-02)
< fields [DUE:: 2026-01-05] and (start:: 2026-01-01)
< fields [due:: tomorrow]
< fields (start:: 2026-13-01) tail
< fields [due:: 2026-01-05 please]
< fields [due:: ]
< fields [due::]
< fields [due:: 2026-01-05
< fields [due:: 2026-01-05)
< fields [due: 2026-01-05]
< fields [due :: 2026-01-05]
< fields [overdue:: 2026-01-05]
< fields no fields here
> field due ok 2026-01-05 [0,18)
> field due ok 2026-01-05 [0,18)
> field done ok 2026-01-05 [0,25)
> field done ok 2026-01-05 [0,24)
> field start ok 2026-01-01 [0,25)
> field scheduled ok 2026-01-02 [0,24)
> field due ok 2026-01-05 [0,18)
> field start ok 2026-01-01 [23,43)
> field due bad "tomorrow" [0,16)
> field start bad "2026-13-01" [0,20)
> field due bad "2026-01-05 please" [0,25)
> field due bad "" [0,8)
> field due bad "" [0,7)
> field none
> field none
> field due ok 2026-01-05 [1,16)
> field none
> field none
> field none

=== deadline: examples
$ datetest
< deadline Run a marathon by 2027-04
< deadline Deadline: Q3 2027
< deadline Ship v2 before end of 2026
< deadline Grow by 2000 users
< deadline due 2027-02-30
< deadline Launch by March 2027.
< deadline until 2026-W53
< deadline by 2025-W53
> deadline Run a marathon by 2027-04 -> ok 2027-04-30 col=19
> deadline Deadline: Q3 2027 -> ok 2027-09-30 col=11
> deadline Ship v2 before end of 2026 -> ok 2026-12-31 col=16
> deadline Grow by 2000 users -> none
> deadline due 2027-02-30 -> bad "2027-02-30" col=5
> deadline Launch by March 2027. -> ok 2027-03-31 col=11
> deadline until 2026-W53 -> ok 2027-01-03 col=7
> deadline by 2025-W53 -> bad "2025-W53" col=4

=== deadline: keywords and spellings
$ datetest
< deadline Finish BY June 2027
< deadline Until Sept. 2027
< deadline Before 2027-03-15, or else
< deadline Due: 2027-01-31
< deadline DEADLINE:2027-06
< deadline due:2027-03
< deadline (by 2027)
< deadline done by 2027
< deadline by 2027
< deadline by Q1 2028
< deadline by end of Q2 2027
> deadline Finish BY June 2027 -> ok 2027-06-30 col=11
> deadline Until Sept. 2027 -> ok 2027-09-30 col=7
> deadline Before 2027-03-15, or else -> ok 2027-03-15 col=8
> deadline Due: 2027-01-31 -> ok 2027-01-31 col=6
> deadline DEADLINE:2027-06 -> ok 2027-06-30 col=10
> deadline due:2027-03 -> ok 2027-03-31 col=5
> deadline (by 2027) -> ok 2027-12-31 col=5
> deadline done by 2027 -> ok 2027-12-31 col=9
> deadline by 2027 -> ok 2027-12-31 col=4
> deadline by Q1 2028 -> ok 2028-03-31 col=4
> deadline by end of Q2 2027 -> ok 2027-06-30 col=4

=== deadline: fields count
$ datetest
< deadline Ship it [due:: 2027-Q2]
< deadline Ship it (due:: 2027-05-01)
< deadline Ship it 📅 2027-05-01
< deadline Ship it 📅2027-05-01
< deadline Ship it ✅ 2027-05-01
> deadline Ship it [due:: 2027-Q2] -> ok 2027-06-30 col=16
> deadline Ship it (due:: 2027-05-01) -> ok 2027-05-01 col=16
> deadline Ship it 📅 2027-05-01 -> ok 2027-05-01 col=14
> deadline Ship it 📅2027-05-01 -> ok 2027-05-01 col=13
> deadline Ship it ✅ 2027-05-01 -> none

=== deadline: not deadlines
$ datetest
< deadline Grow by 2000 users
< deadline Grow by 2000% by then
< deadline by 1800
< deadline standby 2027
< deadline by2027
< deadline bypass 2027
< deadline by tomorrow
< deadline by
< deadline goodbye 2027
< deadline in 2027
< deadline due:tomorrow
< deadline buy 2027-03-15 tickets
> deadline Grow by 2000 users -> none
> deadline Grow by 2000% by then -> none
> deadline by 1800 -> none
> deadline standby 2027 -> none
> deadline by2027 -> none
> deadline bypass 2027 -> none
> deadline by tomorrow -> none
> deadline by -> none
> deadline goodbye 2027 -> none
> deadline in 2027 -> ok 2027-12-31 col=4
> deadline due:tomorrow -> none
> deadline buy 2027-03-15 tickets -> none

=== deadline: the first phrase with a WHEN wins
$ datetest
< deadline Grow by 2000 users by 2028
< deadline due:tomorrow, by 2027
< deadline by 2027-02-30, before 2028
< deadline before Q3 2027 and by 2026
> deadline Grow by 2000 users by 2028 -> ok 2028-12-31 col=23
> deadline due:tomorrow, by 2027 -> ok 2027-12-31 col=18
> deadline by 2027-02-30, before 2028 -> bad "2027-02-30" col=4
> deadline before Q3 2027 and by 2026 -> ok 2027-09-30 col=8

=== read: a length of time ("for", "over") gives way to a date written after it
$ datetest
< read 2026-11-23 run the standup for one quarter by 2027-03-31
< read 2026-11-23 train over 12 weeks, done before June 2027
< read 2026-11-23 run three times a week for 12 weeks
> read 2026-11-23 run the standup for one quarter by 2027-03-31 -> ok 2027-03-31 "2027-03-31"
> read 2026-11-23 train over 12 weeks, done before June 2027 -> ok 2027-06-30 "June 2027"
> read 2026-11-23 run three times a week for 12 weeks -> ok 2027-02-15 "12 weeks"

=== deadline: no-break spaces and variation selector
$ printf 'deadline by\t2027-04\ndeadline by\302\2402027-03\ndeadline Deadline:\342\200\257Q3 2027\ndeadline \360\237\223\205\357\270\217 2027-05-01\n' | datetest
> deadline by\t2027-04 -> ok 2027-04-30 col=4
> deadline by\u00a02027-03 -> ok 2027-03-31 col=5
> deadline Deadline:\u202fQ3 2027 -> ok 2027-09-30 col=13
> deadline 📅\ufe0f 2027-05-01 -> ok 2027-05-01 col=9

=== isoweek: weeks across year ends
$ datetest
< isoweek 2026-12-31
< isoweek 2027-01-01
< isoweek 2027-01-03
< isoweek 2027-01-04
< isoweek 2021-01-03
< isoweek 2021-01-04
< isoweek 2020-12-31
< isoweek 2024-12-30
< isoweek 2024-12-29
< isoweek 2015-12-31
< isoweek 2016-01-03
< isoweek 2008-12-29
< isoweek 1970-01-01
< isoweek 2024-02-29
< isoweek 2026-02-30
> isoweek 2026-12-31 -> 2026-W53 Thu
> isoweek 2027-01-01 -> 2026-W53 Fri
> isoweek 2027-01-03 -> 2026-W53 Sun
> isoweek 2027-01-04 -> 2027-W01 Mon
> isoweek 2021-01-03 -> 2020-W53 Sun
> isoweek 2021-01-04 -> 2021-W01 Mon
> isoweek 2020-12-31 -> 2020-W53 Thu
> isoweek 2024-12-30 -> 2025-W01 Mon
> isoweek 2024-12-29 -> 2024-W52 Sun
> isoweek 2015-12-31 -> 2015-W53 Thu
> isoweek 2016-01-03 -> 2015-W53 Sun
> isoweek 2008-12-29 -> 2009-W01 Mon
> isoweek 1970-01-01 -> 1970-W01 Thu
> isoweek 2024-02-29 -> 2024-W09 Thu
> isoweek 2026-02-30 -> none

=== monday: Monday of an ISO week
$ datetest
< monday 2026 53
< monday 2025 53
< monday 2020 53
< monday 2015 53
< monday 2004 53
< monday 2027 53
< monday 2025 1
< monday 2026 1
< monday 2027 1
< monday 2009 1
< monday 2026 52
< monday 2026 0
< monday 2026 54
< monday 2026 -1
> monday 2026 53 -> 2026-12-28
> monday 2025 53 -> none
> monday 2020 53 -> 2020-12-28
> monday 2015 53 -> 2015-12-28
> monday 2004 53 -> 2004-12-27
> monday 2027 53 -> none
> monday 2025 1 -> 2024-12-30
> monday 2026 1 -> 2025-12-29
> monday 2027 1 -> 2027-01-04
> monday 2009 1 -> 2008-12-29
> monday 2026 52 -> 2026-12-21
> monday 2026 0 -> none
> monday 2026 54 -> none
> monday 2026 -1 -> none

=== valid: calendar rules
$ datetest
< valid 2024 2 29
< valid 2023 2 29
< valid 2000 2 29
< valid 1900 2 29
< valid 2100 2 29
< valid 2400 2 29
< valid 2027 2 28
< valid 2027 4 30
< valid 2027 4 31
< valid 2027 12 31
< valid 2027 1 0
< valid 2027 0 1
< valid 2027 13 1
< valid 1 1 1
< valid 0 1 1
< valid 9999 12 31
< valid 10000 1 1
< valid -1 1 1
> valid 2024 2 29 -> 1
> valid 2023 2 29 -> 0
> valid 2000 2 29 -> 1
> valid 1900 2 29 -> 0
> valid 2100 2 29 -> 0
> valid 2400 2 29 -> 1
> valid 2027 2 28 -> 1
> valid 2027 4 30 -> 1
> valid 2027 4 31 -> 0
> valid 2027 12 31 -> 1
> valid 2027 1 0 -> 0
> valid 2027 0 1 -> 0
> valid 2027 13 1 -> 0
> valid 1 1 1 -> 1
> valid 0 1 1 -> 0
> valid 9999 12 31 -> 1
> valid 10000 1 1 -> 0
> valid -1 1 1 -> 0

=== days: day numbers
$ datetest
< days 0
< days -1
< days 31
< days 59
< days 10957
< days 19723
< days 20454
< days -719162
< days 2932896
> days 0 -> 1970-01-01
> days -1 -> 1969-12-31
> days 31 -> 1970-02-01
> days 59 -> 1970-03-01
> days 10957 -> 2000-01-01
> days 19723 -> 2024-01-01
> days 20454 -> 2026-01-01
> days -719162 -> 0001-01-01
> days 2932896 -> 9999-12-31

=== parse: exactly YYYY-MM-DD
$ datetest
< parse 2026-01-05
< parse 2024-02-29
< parse 2023-02-29
< parse 2026-1-05
< parse 2026-01-5
< parse 2026-01-05x
< parse 2026-01-05.
< parse  2026-01-05
< parse 20260105
< parse 2026/01/05
< parse 2026-13-01
< parse 0000-01-01
< parse
< parse 12345-01-01
> parse 2026-01-05 -> ok 2026-01-05 day=20458
> parse 2024-02-29 -> ok 2024-02-29 day=19782
> parse 2023-02-29 -> none
> parse 2026-1-05 -> none
> parse 2026-01-5 -> none
> parse 2026-01-05x -> none
> parse 2026-01-05. -> none
> parse  2026-01-05 -> none
> parse 20260105 -> none
> parse 2026/01/05 -> none
> parse 2026-13-01 -> none
> parse 0000-01-01 -> none
> parse -> none
> parse 12345-01-01 -> none

=== today: --today argument
$ datetest
< today 2026-01-05
< today 2024-02-29
< today 2026-02-30
< today 2026-1-5
> today 2026-01-05 -> ok 2026-01-05
> today 2024-02-29 -> ok 2024-02-29
> today 2026-02-30 -> none
> today 2026-1-5 -> none

=== today: the local date
$ echo today | datetest | sed "s/ $(date +%Y-%m-%d)\$/ TODAY/"
> today -> ok TODAY

=== read: deadlines as people write them, against a reference day (and a heading's year)
$ datetest
< read 2026-11-23 ship the beta by October
< read 2026-11-23 pay off the card by December 31st
< read 2026-11-23 pay off the card by 3rd of March
< read 2026-11-23 file the taxes by April 15
< read 2026-11-23 cut costs 10% by the end of the fiscal year
< read 2026-11-23 hand over on-call by the end of Q2
< read 2026-11-23 close the books by the end of the first quarter
< read 2026-11-23 finish the thesis chapter this semester
< read 2026-11-23 clear the backlog by year-end
< read 2026-11-23 land the migration within the next quarter
< read 2026-11-23 get certified in six months
< read 2026-11-23 run every morning over the next 8 weeks
< read 2026-11-23 publish a paper within two years
< read 2026-11-23 send the draft by Wednesday
< read 2026-11-23 On Friday, I will clean the garage
< read 2026-11-23 This week I will call three recruiters
< read 2026-11-23 hire two people next year
< read 2026-11-23 finish the quilt by Christmas
< read 2026-11-23 finish the quilt for the month of January
< read 2026-11-23 launch on March 31, 2027
< read 2026-11-23 launch on 31 March 2027
< read 2026-11-23 launch by 31.03.2027
< read 2026-11-23 launch by 12/31/2027
< read 2026-11-23 launch by 2027/03/31
< read 2026-11-23 launch by 2027.03.31
< read 2026-11-23 launch by 2027/02/30
< read 2026-11-23 launch by 03/04/2027
< read 2026-11-23 launch by 04.04.2027
< read 2026-11-23 **Deadline:** Q2 2027
< read 2026-11-23 Due date: June 1, 2027
< read 2026-11-23 Target: end of H1 2027
< read 2026-11-23 no later than 2027-02-01
< read 2026-11-23 latency no worse than today, by 2027-06-30
< read 2026-11-23/2027 by October
< read 2026-11-23/2027 by the end of Q3
< read 2026-11-23/2027 this year
< read 2026-11-23 finish it tomorrow
< read 2026-11-23 spend 30 minutes a day for 15 minutes
< read 2026-11-23 grow revenue by 20% and by 2000 users
< read 2026-11-23 due to the outage
< read 2026-11-23 in math and in March
< read 2026-11-23 on May the team meets
< read 2026-11-23 I may finish it in may
< read 2026-11-23 one day I will see Rome
> read 2026-11-23 ship the beta by October -> ok 2027-10-31 "October"
> read 2026-11-23 pay off the card by December 31st -> ok 2026-12-31 "December 31st"
> read 2026-11-23 pay off the card by 3rd of March -> ok 2027-03-03 "3rd of March"
> read 2026-11-23 file the taxes by April 15 -> ok 2027-04-15 "April 15"
> read 2026-11-23 cut costs 10% by the end of the fiscal year -> ok 2026-12-31 "end of the fiscal year"
> read 2026-11-23 hand over on-call by the end of Q2 -> ok 2027-06-30 "end of Q2"
> read 2026-11-23 close the books by the end of the first quarter -> ok 2027-03-31 "end of the first quarter"
> read 2026-11-23 finish the thesis chapter this semester -> ok 2026-12-31 "this semester"
> read 2026-11-23 clear the backlog by year-end -> ok 2026-12-31 "year-end"
> read 2026-11-23 land the migration within the next quarter -> ok 2027-03-31 "next quarter"
> read 2026-11-23 get certified in six months -> ok 2027-05-23 "six months"
> read 2026-11-23 run every morning over the next 8 weeks -> ok 2027-01-18 "next 8 weeks"
> read 2026-11-23 publish a paper within two years -> ok 2028-11-23 "two years"
> read 2026-11-23 send the draft by Wednesday -> ok 2026-11-25 "Wednesday"
> read 2026-11-23 On Friday, I will clean the garage -> ok 2026-11-27 "Friday"
> read 2026-11-23 This week I will call three recruiters -> ok 2026-11-29 "This week"
> read 2026-11-23 hire two people next year -> ok 2027-12-31 "next year"
> read 2026-11-23 finish the quilt by Christmas -> ok 2026-12-25 "Christmas"
> read 2026-11-23 finish the quilt for the month of January -> ok 2027-01-31 "month of January"
> read 2026-11-23 launch on March 31, 2027 -> ok 2027-03-31 "March 31, 2027"
> read 2026-11-23 launch on 31 March 2027 -> ok 2027-03-31 "31 March 2027"
> read 2026-11-23 launch by 31.03.2027 -> ok 2027-03-31 "31.03.2027"
> read 2026-11-23 launch by 12/31/2027 -> ok 2027-12-31 "12/31/2027"
> read 2026-11-23 launch by 2027/03/31 -> ok 2027-03-31 "2027/03/31"
> read 2026-11-23 launch by 2027.03.31 -> ok 2027-03-31 "2027.03.31"
> read 2026-11-23 launch by 2027/02/30 -> bad "2027/02/30" "2027/02/30"
> read 2026-11-23 launch by 03/04/2027 -> unclear "03/04/2027" "03/04/2027"
> read 2026-11-23 launch by 04.04.2027 -> ok 2027-04-04 "04.04.2027"
> read 2026-11-23 **Deadline:** Q2 2027 -> ok 2027-06-30 "Q2 2027"
> read 2026-11-23 Due date: June 1, 2027 -> ok 2027-06-01 "June 1, 2027"
> read 2026-11-23 Target: end of H1 2027 -> ok 2027-06-30 "end of H1 2027"
> read 2026-11-23 no later than 2027-02-01 -> ok 2027-02-01 "2027-02-01"
> read 2026-11-23 latency no worse than today, by 2027-06-30 -> ok 2027-06-30 "2027-06-30"
> read 2026-11-23/2027 by October -> ok 2027-10-31 "October"
> read 2026-11-23/2027 by the end of Q3 -> ok 2027-09-30 "end of Q3"
> read 2026-11-23/2027 this year -> ok 2027-12-31 "this year"
> read 2026-11-23 finish it tomorrow -> ok 2026-11-24 "tomorrow"
> read 2026-11-23 spend 30 minutes a day for 15 minutes -> none
> read 2026-11-23 grow revenue by 20% and by 2000 users -> none
> read 2026-11-23 due to the outage -> none
> read 2026-11-23 in math and in March -> ok 2027-03-31 "March"
> read 2026-11-23 on May the team meets -> none
> read 2026-11-23 I may finish it in may -> none
> read 2026-11-23 one day I will see Rome -> none
