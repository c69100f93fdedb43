import { describe, expect, it } from 'vitest';
import { CONVERSATION_IDLE_MS, Conversations } from '../../src/bot/conversations.ts';
import { conversationAfter, type FollowUpContext, readFollowUp, topicOf } from '../../src/bot/follow-up.ts';

// Invented conversation: a minister quoted on harbours.
const previous: FollowUpContext = conversationAfter(
  'What did Marta Velasquez say about the harbour tariffs?',
  'Marta Velasquez',
  'Ports reopen after the strike',
);

describe('topicOf', () => {
  it('GIVEN a question "about X" THEN X is its topic', () => {
    expect(topicOf('What did Marta Velasquez say about the harbour tariffs?')).toBe('the harbour tariffs');
    expect(topicOf('Anything on grain exports')).toBe('grain exports');
  });
  it('GIVEN no "about"/"on" THEN no topic', () => {
    expect(topicOf('Who said “the tide turns”?')).toBeNull();
  });
});

describe('readFollowUp', () => {
  it('GIVEN no previous answer THEN the message is the question, unchanged', () => {
    expect(readFollowUp('and on grain?', null)).toEqual({ question: 'and on grain?', rewritten: false });
  });

  it('GIVEN an elliptic "and on X?" THEN the previous speaker is asked about X', () => {
    expect(readFollowUp('and on grain exports?', previous)).toEqual({
      question: 'What did Marta Velasquez say about grain exports?',
      rewritten: true,
    });
    expect(readFollowUp('What about the unions', previous).question).toBe(
      'What did Marta Velasquez say about the unions?',
    );
    expect(readFollowUp('and the unions?', previous).question).toBe(
      'What did Marta Velasquez say about the unions?',
    );
  });

  it('GIVEN a pronoun for a person THEN it is read as the previous speaker', () => {
    expect(readFollowUp('What else did she say?', previous).question).toBe(
      'What else did Marta Velasquez say?',
    );
    expect(readFollowUp('Did they mention the navy?', previous).question).toBe(
      'Did Marta Velasquez mention the navy?',
    );
  });

  it('GIVEN "that" closing the question THEN it is read as the previous topic', () => {
    expect(readFollowUp('Why did he say that?', previous).question).toBe(
      'Why did Marta Velasquez say that about the harbour tariffs?',
    );
  });

  it('GIVEN a bare question word THEN it asks it of the previous speaker and topic', () => {
    expect(readFollowUp('where?', previous).question).toBe(
      'Where did Marta Velasquez say that about the harbour tariffs?',
    );
    expect(readFollowUp('And when?', previous).question).toBe(
      'When did Marta Velasquez say that about the harbour tariffs?',
    );
    expect(readFollowUp('who?', previous).question).toBe('Who spoke about the harbour tariffs?');
  });

  it('GIVEN "more" THEN what else the previous speaker said on the topic', () => {
    expect(readFollowUp('more', previous).question).toBe(
      'What else did Marta Velasquez say about the harbour tariffs?',
    );
    expect(readFollowUp('Tell me more!', previous).rewritten).toBe(true);
  });

  it('GIVEN no speaker before THEN elliptic questions ask the briefing about the topic', () => {
    const noSpeaker = conversationAfter('What happened on the harbour tariffs?', null);
    expect(readFollowUp('and on grain?', noSpeaker).question).toBe('What does the briefing say about grain?');
    expect(readFollowUp('more', noSpeaker).question).toBe(
      'What else does the briefing say about the harbour tariffs?',
    );
    // Nothing to stand for "he": the message is asked as typed.
    expect(readFollowUp('What did he say?', noSpeaker)).toEqual({
      question: 'What did he say?',
      rewritten: false,
    });
  });

  it('GIVEN a full question of its own THEN it is asked as typed', () => {
    expect(readFollowUp('What did Ilya Brandt say about the navy?', previous)).toEqual({
      question: 'What did Ilya Brandt say about the navy?',
      rewritten: false,
    });
    expect(readFollowUp('and what did Ilya Brandt say about the navy?', previous).rewritten).toBe(false);
  });

  it('GIVEN an answer with no speaker THEN the conversation keeps the speaker it had', () => {
    const next = conversationAfter('What did Marta Velasquez say about grain?', null, null, previous);
    expect(next.speaker).toBe('Marta Velasquez');
    expect(next.topic).toBe('grain');
  });
});

describe('Conversations', () => {
  it('GIVEN more conversations than it holds THEN the least recently used is forgotten', () => {
    const store = new Conversations(2);
    store.set('a', previous);
    store.set('b', previous);
    store.get('a');
    store.set('c', previous);
    expect(store.get('a')).toEqual(previous);
    expect(store.get('b')).toBeNull();
    expect(store.size).toBe(2);
  });

  it('GIVEN a conversation idle for longer than a day THEN it is forgotten', () => {
    let now = 0;
    const store = new Conversations(10, () => now);
    store.set('a', previous);
    now = CONVERSATION_IDLE_MS + 1;
    expect(store.get('a')).toBeNull();
  });

  it('GIVEN a thread THEN it is hinted once', () => {
    const store = new Conversations();
    expect(store.firstHint('t')).toBe(true);
    expect(store.firstHint('t')).toBe(false);
  });
});
