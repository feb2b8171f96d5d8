"""School-wide grading thresholds, in percent.

Moved here from grading/marks.py (1.6) so the exam board can change them in one place;
Northfield's board lowered the pass mark from 50 to 40 for this school year.
"""

PASS_MARK = 40
DISTINCTION_MARK = 70
