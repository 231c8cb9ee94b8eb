// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchAround } from '@/core/inbox/search-around';

const PAGE = `<div id="a" class="hit"><p id="a1" class="hit"></p></div>
<main id="m" class="hit">
  <section id="s1" class="hit"></section>
  <section id="path" class="hit">
    <i id="before" class="hit"></i>
    <ul id="left" class="hit"><li id="inside" class="hit"></li></ul>
    <b id="after" class="hit"></b>
  </section>
  <section id="s3" class="hit"><em id="s3e" class="hit"></em></section>
</main>
<footer id="f" class="hit"></footer>`;

describe('searchAround', () => {
  it('finds what document.querySelectorAll finds, in the same order, except inside the left-out subtree', () => {
    document.body.innerHTML = PAGE;
    const around = searchAround(document, document.getElementById('left')!);
    const ids = (list: ArrayLike<Element>) => Array.from(list, (el) => el.id);
    const expected = ids(document.querySelectorAll('.hit')).filter((id) => id !== 'left' && id !== 'inside');
    expect(ids(around.querySelectorAll('.hit'))).toEqual(expected);
    expect(around.querySelector('.hit')?.id).toBe('a');
    expect(around.querySelector('li')).toBeNull();
    expect(around.querySelector('em')?.id).toBe('s3e');
    expect(around.querySelector('#after, #s1')?.id).toBe('s1');
  });

  it('searches the whole root when the left-out element is not inside it', () => {
    document.body.innerHTML = PAGE;
    const elsewhere = document.createElement('ul');
    expect(searchAround(document.getElementById('m')!, elsewhere).querySelector('li')?.id).toBe('inside');
  });
});
