"""The staff directory page lists everyone, including a contractor with one name."""

from directory.listing import Person, sorted_people

sorted_people([Person("Bo", "Ng"), Person("Teller"), Person("Cy", "Ad")])
