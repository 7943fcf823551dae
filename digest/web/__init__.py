"""digest's dealings with other web servers, for the commands that have them: `digest add`
(fetch a page, or a feed's pages, into content/), `digest check --links` (are the links
alive?) and `digest ping` (tell a WebSub hub the feeds changed).

These are faces of digest, like the command line: nothing in the pipeline imports them,
and nothing here runs during a build.
"""
