"""The branch holdings (loaded from the library system's nightly export in production)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Book:
    isbn: str
    title: str
    author: str
    year: int
    copies: int


BOOKS: list[Book] = [
    Book("9780441478125", "The Left Hand of Darkness", "Ursula K. Le Guin", 1969, 3),
    Book("9780553283686", "Hyperion", "Dan Simmons", 1989, 2),
    Book("9780060850524", "Brave New World", "Aldous Huxley", 1932, 4),
    Book("9780547928227", "The Hobbit", "J. R. R. Tolkien", 1937, 5),
    Book("9780141439518", "Pride and Prejudice", "Jane Austen", 1813, 4),
    Book("9780061120084", "To Kill a Mockingbird", "Harper Lee", 1960, 3),
    Book("9780451524935", "Nineteen Eighty-Four", "George Orwell", 1949, 6),
    Book("9780307387899", "The Road", "Cormac McCarthy", 2006, 2),
    Book("9780553418026", "The Martian", "Andy Weir", 2014, 3),
    Book("9780547773742", "A Wizard of Earthsea", "Ursula K. Le Guin", 1968, 2),
    Book("9780385490818", "The Handmaid's Tale", "Margaret Atwood", 1985, 3),
    Book("9780679783268", "Beloved", "Toni Morrison", 1987, 2),
    Book("9780140449136", "Crime and Punishment", "Fyodor Dostoevsky", 1866, 1),
    Book("9780061122415", "The Alchemist", "Paulo Coelho", 1988, 4),
    Book("9780143105428", "Frankenstein", "Mary Shelley", 1818, 2),
    Book("9780060883287", "One Hundred Years of Solitude", "Gabriel Garcia Marquez", 1967, 2),
    Book("9780441013593", "Dune", "Frank Herbert", 1965, 5),
    Book("9780060935467", "The Dispossessed", "Ursula K. Le Guin", 1974, 1),
    Book("9780316769488", "The Catcher in the Rye", "J. D. Salinger", 1951, 2),
    Book("9780743273565", "The Great Gatsby", "F. Scott Fitzgerald", 1925, 3),
    Book("9781400033416", "Never Let Me Go", "Kazuo Ishiguro", 2005, 2),
    Book("9780804139021", "Station Eleven", "Emily St. John Mandel", 2014, 2),
    Book("9780765326355", "The Way of Kings", "Brandon Sanderson", 2010, 1),
]


def find(isbn: str) -> Book | None:
    return next((b for b in BOOKS if b.isbn == isbn), None)
