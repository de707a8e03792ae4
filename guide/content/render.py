"""Markdown -> safe HTML for the pack.

Raw HTML is escaped (the HTML processors are removed), links keep only the schemes
the app allows, remote images are dropped, and only harmless attributes survive.
The extension classes are imported, not named by string, so a frozen build finds them.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

import markdown
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor

from guide.content.links import EXTERNAL_SCHEMES, INTERNAL_SCHEME, link_scheme

_SAFE_ATTRIBUTES = {"href", "title", "id", "class", "alt", "colspan", "rowspan", "align"}
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v]+")
# Python-Markdown hides '&' of entities behind this placeholder until it serializes.
_AMP_PLACEHOLDER = markdown.util.AMP_SUBSTITUTE


@dataclass
class RenderedBody:
    html: str
    plain_text: str
    links: list[str] = field(default_factory=list)  # every href, entities decoded, in order
    links_as_written: list[str] = field(default_factory=list)  # the same hrefs as in the source (for lines)
    dropped_images: list[str] = field(default_factory=list)


def decoded_href(href: str) -> str:
    return html.unescape(href.replace(_AMP_PLACEHOLDER, "&")).strip()


class _Sanitizer(Treeprocessor):
    def __init__(self, md: markdown.Markdown, sink: RenderedBody) -> None:
        super().__init__(md)
        self.sink = sink

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "img":
                    self._drop_image(parent, child)
        for element in root.iter():
            for name in list(element.attrib):
                # An href only means something on a link; `{: href=...}` elsewhere is dropped.
                if name not in _SAFE_ATTRIBUTES or (name == "href" and element.tag != "a"):
                    del element.attrib[name]
            if element.tag == "a" and "href" in element.attrib:
                # Judge the address a reader would follow: entities (`&#106;avascript:`, the
                # obfuscated `<a@b.org>` autolink) are decoded first.
                written = element.attrib["href"].replace(_AMP_PLACEHOLDER, "&")
                href = decoded_href(written)
                element.attrib["href"] = href
                self.sink.links.append(href)
                self.sink.links_as_written.append(written)
                scheme = link_scheme(href)
                if href.startswith("#"):
                    continue
                if scheme not in EXTERNAL_SCHEMES + (INTERNAL_SCHEME,):
                    # Rendered inert: the text stays, the target goes.
                    del element.attrib["href"]

    def _drop_image(self, parent: etree.Element, image: etree.Element) -> None:
        self.sink.dropped_images.append(image.get("src", ""))
        index = list(parent).index(image)
        replacement = etree.Element("span")
        replacement.text = image.get("alt", "")
        replacement.tail = image.tail
        parent.remove(image)
        parent.insert(index, replacement)


class _SafeHtmlExtension(Extension):
    def __init__(self, sink: RenderedBody) -> None:
        super().__init__()
        self.sink = sink

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        # Without these, raw HTML is not passed through but escaped as text.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_Sanitizer(md, self.sink), "guide_sanitize", 0)


def render_markdown(body: str) -> RenderedBody:
    sink = RenderedBody(html="", plain_text="")
    md = markdown.Markdown(
        extensions=[
            TableExtension(),
            FootnoteExtension(),
            AttrListExtension(),
            TocExtension(permalink=False),
            _SafeHtmlExtension(sink),
        ],
        output_format="html",
    )
    sink.html = md.convert(body)
    sink.plain_text = html_to_text(sink.html)
    return sink


def html_to_text(fragment: str) -> str:
    text = html.unescape(_TAG.sub(" ", fragment))
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
