"""The school office prints Year 10's end-of-term report; Noah missed the labs with a broken wrist."""

from gradebook.report import class_report, render

print(
    render(
        class_report(
            {
                "Amy Chen": {"homework": 90, "labs": 85, "exam": 78},
                "Noah Patel": {"homework": 80, "labs": None, "exam": 60},
                "Liam Byrne": {"homework": 55, "labs": 60, "exam": 48},
            }
        )
    )
)
