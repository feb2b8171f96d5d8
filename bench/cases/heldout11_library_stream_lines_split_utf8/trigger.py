"""A partner's order feed arrives in 8-byte chunks; one cut falls inside the 'é' of 'Crème'."""

from streamlines.reader import iter_lines

body = "id,item\n1001,Cr\u00e8me br\u00fbl\u00e9e\n".encode()
chunks = [body[i : i + 8] for i in range(0, len(body), 8)]
for line in iter_lines(chunks):
    print(line)
